package io.eksform.engine.plan;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.live.LiveState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every resource planner reads (desired, live, options) and adds to (changes, problems, notes
 * on live objects left alone, parts of the config not acted on, and the live objects that leave
 * with {@code --prune}, so that what they use can follow them).
 */
final class PlanContext {
  final ClusterSpec desired;
  final LiveState live;
  final PlanOptions options;
  final List<Change> changes = new ArrayList<>();
  final List<PlanProblem> problems = new ArrayList<>();
  final List<String> unmanaged = new ArrayList<>();
  final List<NotActedOn> notActedOn = new ArrayList<>();
  final List<Adoption> adopted = new ArrayList<>();

  /**
   * Live objects the config no longer wants that {@code --prune} deletes: deleted by this plan when
   * it is set, only listed when not. Either way, what they use counts as free of them.
   */
  final java.util.Set<ResourceAddress> prunable = new java.util.TreeSet<>();

  PlanContext(ClusterSpec desired, LiveState live, PlanOptions options) {
    this.desired = desired;
    this.live = live;
    this.options = options;
  }

  void add(Change change) {
    changes.add(change);
  }

  void error(String message, String pointer, String hint) {
    PlanProblem p = new PlanProblem(Severity.ERROR, message, pointer, Optional.ofNullable(hint));
    // A replacement builds the new object as a creation does, and would find the same problem.
    if (!problems.contains(p)) {
      problems.add(p);
    }
  }

  void warning(String message, String pointer, String hint) {
    problems.add(new PlanProblem(Severity.WARNING, message, pointer, Optional.ofNullable(hint)));
  }

  /**
   * A planned field that this plan does not act on in this config (a setting that another one
   * overrides), named with its line and why.
   */
  void notActedOn(String pointer, io.eksform.engine.ledger.Disposition disposition, String reason) {
    var position = desired.fields().position(pointer);
    notActedOn.add(
        new NotActedOn(pointer, position.known() ? position.line() : 0, disposition, reason));
  }

  /**
   * Records that the plan takes over a live object another tool made (nothing changes in AWS for
   * that); objects eksform made are its own already.
   */
  void adopt(ResourceAddress address, String maker) {
    if (!maker.equals(Makers.EKSFORM)) {
      adopted.add(new Adoption(address, maker));
    }
  }

  String account() {
    return live.accountId();
  }

  String cluster() {
    return desired.name();
  }

  /** The ARN of a role eksform creates under its path. */
  String roleArn(String roleName) {
    return "arn:aws:iam::"
        + account()
        + ":role"
        + io.eksform.engine.desired.ManagedNames.ROLE_PATH
        + roleName;
  }
}

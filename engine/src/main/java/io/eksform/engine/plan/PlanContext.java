package io.eksform.engine.plan;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.ledger.Disposition;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.live.LiveState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every resource planner reads (desired, live, options) and adds to (changes, problems, notes
 * on live objects left alone, parts of the config not acted on, and the live objects that leave
 * with {@code --prune}, so that what they use can follow them).
 */
public final class PlanContext {
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
  final Set<ResourceAddress> prunable = new TreeSet<>();

  /** How each kind's replacements are carried out ({@link Replacements} asks it). */
  final Replacer replacer;

  /** A context whose replacements none can carry out. */
  PlanContext(ClusterSpec desired, LiveState live, PlanOptions options) {
    this(desired, live, options, (ctx, change, actions) -> Optional.empty());
  }

  public PlanContext(ClusterSpec desired, LiveState live, PlanOptions options, Replacer replacer) {
    this.desired = desired;
    this.live = live;
    this.options = options;
    this.replacer = replacer;
  }

  public ClusterSpec desired() {
    return desired;
  }

  public LiveState live() {
    return live;
  }

  public PlanOptions options() {
    return options;
  }

  /** The changes planned so far, in the order they were added. */
  public List<Change> changes() {
    return Collections.unmodifiableList(changes);
  }

  /** The problems found so far, in the order they were found. */
  public List<PlanProblem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** The live objects that leave with {@code --prune}, so far. */
  public Set<ResourceAddress> prunable() {
    return Collections.unmodifiableSet(prunable);
  }

  public void add(Change change) {
    changes.add(change);
  }

  /** Makes every change planned so far that {@code which} selects follow {@code on} too. */
  public void follow(java.util.function.Predicate<Change> which, ResourceAddress on) {
    changes.replaceAll(c -> which.test(c) && !c.address().equals(on) ? c.followingAlso(on) : c);
  }

  public void error(String message, String pointer, String hint) {
    PlanProblem p = new PlanProblem(Severity.ERROR, message, pointer, Optional.ofNullable(hint));
    // A replacement builds the new object as a creation does, and would find the same problem.
    if (!problems.contains(p)) {
      problems.add(p);
    }
  }

  public void warning(String message, String pointer, String hint) {
    problems.add(new PlanProblem(Severity.WARNING, message, pointer, Optional.ofNullable(hint)));
  }

  /** Notes a live object the plan leaves alone, and why (listed in the plan). */
  public void noteUnmanaged(String note) {
    unmanaged.add(note);
  }

  /**
   * A planned field that this plan does not act on in this config (a setting that another one
   * overrides), named with its line and why.
   */
  public void notActedOn(String pointer, Disposition disposition, String reason) {
    var position = desired.fields().position(pointer);
    notActedOn.add(
        new NotActedOn(pointer, position.known() ? position.line() : 0, disposition, reason));
  }

  /**
   * Records that the plan takes over a live object another tool made (nothing changes in AWS for
   * that); objects eksform made are its own already.
   */
  public void adopt(ResourceAddress address, String maker) {
    if (!maker.equals(Makers.EKSFORM)) {
      adopted.add(new Adoption(address, maker));
    }
  }

  /** The plan this context holds, once every planner has run. */
  public Plan toPlan() {
    return new Plan(
        Plan.FORMAT_VERSION,
        new PlanTarget(desired.name(), live.region(), live.accountId()),
        changes,
        live.fingerprints(),
        options.provenance(),
        problems,
        unmanaged.stream().sorted().toList(),
        notActedOn,
        adopted,
        options.destroy());
  }

  public String account() {
    return live.accountId();
  }

  public String cluster() {
    return desired.name();
  }

  /** The ARN of a role eksform creates under its path. */
  public String roleArn(String roleName) {
    return "arn:aws:iam::" + account() + ":role" + ManagedNames.ROLE_PATH + roleName;
  }
}

package io.eksform.engine.plan;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.live.LiveState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What every resource planner reads (desired, live, options) and adds to (changes, problems). */
final class PlanContext {
  final ClusterSpec desired;
  final LiveState live;
  final PlanOptions options;
  final List<Change> changes = new ArrayList<>();
  final List<PlanProblem> problems = new ArrayList<>();
  final List<String> unmanaged = new ArrayList<>();

  PlanContext(ClusterSpec desired, LiveState live, PlanOptions options) {
    this.desired = desired;
    this.live = live;
    this.options = options;
  }

  void add(Change change) {
    changes.add(change);
  }

  void error(String message, String pointer, String hint) {
    problems.add(new PlanProblem(Severity.ERROR, message, pointer, Optional.ofNullable(hint)));
  }

  void warning(String message, String pointer, String hint) {
    problems.add(new PlanProblem(Severity.WARNING, message, pointer, Optional.ofNullable(hint)));
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

package io.eksform.engine.report.plan;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Plan;

/**
 * The sentences every format ends or starts with: the counts of creates, updates, replaces and
 * deletes.
 */
final class Counts {
  static final String NO_CHANGES = "No changes. The live account matches the configuration.";

  private Counts() {}

  /** The whole config is acted on by a destroy: said where other plans list what is not. */
  static final String DESTROY_ACTS_ON_ALL =
      "The whole configuration is acted on: the cluster and everything eksform or eksctl made for"
          + " it are deleted.";

  /**
   * {@code Plan: 5 to create, 0 to update, 0 to replace, 0 to delete.}; for a destroy, {@code Plan:
   * 0 to add, 0 to change, 7 to destroy.}
   */
  static String sentence(Plan plan) {
    if (plan.destroy()) {
      return "Plan: 0 to add, 0 to change, " + plan.count(Action.DELETE) + " to destroy.";
    }
    return "Plan: "
        + plan.count(Action.CREATE)
        + " to create, "
        + plan.count(Action.UPDATE)
        + " to update, "
        + plan.count(Action.REPLACE)
        + " to replace, "
        + plan.count(Action.DELETE)
        + " to delete.";
  }

  /**
   * The last line: the counts, or that nothing changes when nothing does and nothing failed; the
   * account matches the config only when every part of it is acted on.
   */
  static String lastLine(Plan plan) {
    if (plan.hasChanges() || plan.hasErrors()) {
      return sentence(plan);
    }
    if (plan.destroy()) {
      return "Nothing to destroy: EKS has no cluster " + plan.target().cluster() + ".";
    }
    int notManaged = plan.mayDiffer().size();
    return notManaged == 0
        ? NO_CHANGES
        : "No changes to what eksform manages; "
            + plural(notManaged, "part", "parts")
            + " of the configuration "
            + (notManaged == 1 ? "is" : "are")
            + " not acted on (listed above).";
  }

  /** "eksform plan" or, for a plan that destroys the cluster, "eksform destroy plan". */
  static String title(Plan plan) {
    return plan.destroy() ? "eksform destroy plan" : "eksform plan";
  }

  /** "will be created", "will be updated in place", "must be replaced", "will be deleted". */
  static String future(Action action) {
    return switch (action) {
      case CREATE -> "will be created";
      case UPDATE -> "will be updated in place";
      case REPLACE -> "must be replaced";
      case DELETE -> "will be deleted";
      case NO_OP -> "is unchanged";
    };
  }

  static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}

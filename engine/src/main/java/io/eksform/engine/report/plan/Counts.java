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

  /** {@code Plan: 5 to create, 0 to update, 0 to replace, 0 to delete.} */
  static String sentence(Plan plan) {
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
    int notManaged = plan.notManaged().size();
    return notManaged == 0
        ? NO_CHANGES
        : "No changes to what eksform manages; "
            + plural(notManaged, "part", "parts")
            + " of the configuration "
            + (notManaged == 1 ? "is" : "are")
            + " not acted on (listed above).";
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

package io.eksform.cli.apply;

import io.eksform.cli.common.UserError;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import java.util.List;

/** Deletes and replacements happen only when asked for. */
final class Safety {
  private Safety() {}

  static void checkDestroy(Plan plan, boolean allowDestroy) {
    List<String> destructive =
        plan.effectiveChanges().stream()
            .filter(Change::isDestructive)
            .map(c -> c.action().word() + " " + c.address())
            .toList();
    if (!destructive.isEmpty() && !allowDestroy) {
      throw new UserError(
          "the plan would " + String.join(", ", destructive) + "; nothing was changed",
          "add --allow-destroy to allow deletes and replacements",
          1);
    }
  }
}

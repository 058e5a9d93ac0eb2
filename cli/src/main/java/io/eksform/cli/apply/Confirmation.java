package io.eksform.cli.apply;

import io.eksform.cli.common.UserError;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import java.util.List;

/**
 * Asks on the terminal before applying; without a terminal there is nobody to ask, so it refuses.
 * Deletes and replacements are named in the question: a yes to it allows them.
 */
final class Confirmation {
  private Confirmation() {}

  static void ask(Plan plan, Prompt prompt, boolean allowDestroy) {
    if (!prompt.interactive()) {
      throw new UserError(
          "apply -f needs a confirmation and there is no terminal to ask on; nothing was changed",
          "review the plan and add --auto-approve, or save it with `eksform plan --out PLANFILE`"
              + " and run `eksform apply PLANFILE`",
          1);
    }
    List<String> destructive =
        plan.effectiveChanges().stream()
            .filter(Change::isDestructive)
            .map(
                c ->
                    c.action().word()
                        + " "
                        + c.address()
                        + c.replacement().map(r -> " (" + r.strategy().word() + ")").orElse(""))
            .toList();
    String question =
        destructive.isEmpty() || allowDestroy
            ? "Apply these changes to cluster " + plan.target().cluster() + "? Only 'yes' applies: "
            : "This will "
                + String.join(", ", destructive)
                + ". Apply these changes, deletes and replacements included? Only 'yes' applies: ";
    String answer = prompt.ask(question).orElse("");
    if (!answer.strip().equals("yes")) {
      throw new UserError("apply cancelled; nothing was changed", "answer 'yes' to apply", 1);
    }
  }
}

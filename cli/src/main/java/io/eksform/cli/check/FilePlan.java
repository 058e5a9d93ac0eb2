package io.eksform.cli.check;

import io.eksform.engine.git.ChangedFile;
import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.plan.Plan;
import java.util.List;
import java.util.Optional;

/**
 * The plan shown for one changed file: the intent plan (or the live plan with {@code --live}), a
 * note saying which it is, or why there is none (deleted, has errors), and the plan's problems as
 * findings at their lines of the file, so that they count, annotate and export like the linter's.
 */
record FilePlan(ChangedFile file, Optional<Plan> plan, String note, List<Diagnostic> findings) {
  FilePlan {
    findings = List.copyOf(findings);
  }

  /** No plan, or a plan with no problems to report as findings. */
  FilePlan(ChangedFile file, Optional<Plan> plan, String note) {
    this(file, plan, note, List.of());
  }
}

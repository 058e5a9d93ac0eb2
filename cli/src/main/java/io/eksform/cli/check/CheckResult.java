package io.eksform.cli.check;

import io.eksform.engine.git.ChangeSet;
import io.eksform.engine.lint.LintReport;
import java.util.List;

/**
 * Everything a check found: the change set compared, the findings that count (on changed files or
 * lines), how many findings were left out as the branch's neighbours', and a plan per file.
 */
record CheckResult(ChangeSet changes, LintReport report, int leftOut, List<FilePlan> plans) {
  CheckResult {
    plans = List.copyOf(plans);
  }

  /**
   * Findings of severity error; the report holds the plans' problems too (a plan with errors cannot
   * be applied).
   */
  long errors() {
    return report.count(io.eksform.engine.lint.Severity.ERROR);
  }

  long warnings() {
    return report.count(io.eksform.engine.lint.Severity.WARNING);
  }

  long plannedChanges() {
    return plans.stream()
        .filter(p -> p.plan().isPresent())
        .mapToLong(p -> p.plan().get().effectiveChanges().size())
        .sum();
  }

  /** The file's header line: path, how it changed, and the old path of a rename. */
  static String describe(io.eksform.engine.git.ChangedFile f) {
    return f.path() + " (" + f.kind().word() + f.oldPath().map(o -> " from " + o).orElse("") + ")";
  }
}

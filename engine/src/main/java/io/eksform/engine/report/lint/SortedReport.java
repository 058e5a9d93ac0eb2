package io.eksform.engine.report.lint;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.FileReport;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.lint.Suppression;
import java.util.Comparator;
import java.util.List;

/**
 * A lint report in the order every format prints it: files by name, and in each file the findings
 * by line, column, rule id and message (findings about the whole file first), suppressed findings
 * likewise; plus the totals.
 */
record SortedReport(List<FileReport> files, Totals totals) {

  static final Comparator<Diagnostic> ORDER =
      Comparator.<Diagnostic>comparingInt(d -> d.location().line())
          .thenComparingInt(d -> d.location().column())
          .thenComparing(Diagnostic::ruleId)
          .thenComparing(Diagnostic::message)
          .thenComparing(d -> d.location().pointer());

  static SortedReport of(LintReport report) {
    List<FileReport> files =
        report.files().stream()
            .sorted(Comparator.comparing(FileReport::file))
            .map(
                f ->
                    new FileReport(
                        f.file(),
                        f.status(),
                        f.sourceLines(),
                        f.diagnostics().stream().sorted(ORDER).toList(),
                        f.suppressed().stream()
                            .sorted(Comparator.comparing(Suppression::diagnostic, ORDER))
                            .toList()))
            .toList();
    return new SortedReport(files, Totals.of(report));
  }

  List<Diagnostic> diagnostics() {
    return files.stream().flatMap(f -> f.diagnostics().stream()).toList();
  }

  List<Suppression> suppressed() {
    return files.stream().flatMap(f -> f.suppressed().stream()).toList();
  }

  /** Counts of files by status and of findings by severity. */
  record Totals(
      long files,
      long checked,
      long skipped,
      long failed,
      long errors,
      long warnings,
      long infos,
      long suppressed) {
    static Totals of(LintReport report) {
      return new Totals(
          report.files().size(),
          count(report, FileReport.Status.CHECKED),
          count(report, FileReport.Status.SKIPPED),
          count(report, FileReport.Status.FAILED),
          report.count(Severity.ERROR),
          report.count(Severity.WARNING),
          report.count(Severity.INFO),
          report.suppressed().size());
    }

    private static long count(LintReport report, FileReport.Status status) {
      return report.files().stream().filter(f -> f.status() == status).count();
    }
  }
}

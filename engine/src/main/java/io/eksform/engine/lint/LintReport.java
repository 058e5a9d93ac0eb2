package io.eksform.engine.lint;

import java.util.List;

/** The result of a lint run over all inputs; the exit code is decided from it, not by renderers. */
public record LintReport(List<FileReport> files) {
  public LintReport {
    files = List.copyOf(files);
  }

  public List<Diagnostic> diagnostics() {
    return files.stream().flatMap(f -> f.diagnostics().stream()).toList();
  }

  public long count(Severity severity) {
    return files.stream().mapToLong(f -> f.count(severity)).sum();
  }

  /** Every suppressed finding of the run. */
  public List<Suppression> suppressed() {
    return files.stream().flatMap(f -> f.suppressed().stream()).toList();
  }

  public long checkedFiles() {
    return files.stream().filter(f -> f.status() == FileReport.Status.CHECKED).count();
  }

  /** True when some finding is at or above {@code threshold}. */
  public boolean failsAt(Severity threshold) {
    return files.stream()
        .flatMap(f -> f.diagnostics().stream())
        .anyMatch(d -> d.severity().atLeast(threshold));
  }
}

package io.eksform.engine.lint;

import java.util.List;

/**
 * What one input file yielded: its name, how it was treated (checked as a ClusterConfig, skipped as
 * another tool's YAML, or unreadable), its source lines for rendering carets, its findings, and the
 * findings that were suppressed (kept apart: they do not count, but stay visible).
 */
public record FileReport(
    String file,
    Status status,
    List<String> sourceLines,
    List<Diagnostic> diagnostics,
    List<Suppression> suppressed) {

  /** How a file was treated. */
  public enum Status {
    CHECKED,
    SKIPPED,
    FAILED
  }

  public FileReport {
    sourceLines = List.copyOf(sourceLines);
    diagnostics = List.copyOf(diagnostics);
    suppressed = List.copyOf(suppressed);
  }

  /** A file report with nothing suppressed. */
  public FileReport(
      String file, Status status, List<String> sourceLines, List<Diagnostic> diagnostics) {
    this(file, status, sourceLines, diagnostics, List.of());
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}

package io.eksform.engine.lint;

import java.util.List;

/**
 * What one input file yielded: its name, how it was treated (checked as a ClusterConfig, skipped as
 * another tool's YAML, or unreadable), its source lines for rendering carets, and its findings.
 */
public record FileReport(
    String file, Status status, List<String> sourceLines, List<Diagnostic> diagnostics) {

  /** How a file was treated. */
  public enum Status {
    CHECKED,
    SKIPPED,
    FAILED
  }

  public FileReport {
    sourceLines = List.copyOf(sourceLines);
    diagnostics = List.copyOf(diagnostics);
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}

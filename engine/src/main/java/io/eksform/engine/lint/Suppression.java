package io.eksform.engine.lint;

import java.util.Objects;

/**
 * A finding that was accepted rather than fixed: the finding itself, how it was suppressed (an
 * inline comment, an {@code ignore:} entry of {@code .eksform.yaml}, or a baseline) and the reason
 * given. Suppressed findings do not fail a run but stay visible in every report.
 */
public record Suppression(Diagnostic diagnostic, Kind kind, String reason) {
  /** Where the suppression was declared. */
  public enum Kind {
    INLINE,
    CONFIG,
    BASELINE;

    /** The lower-case word used in reports: "inline", "config", "baseline". */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Suppression {
    Objects.requireNonNull(diagnostic, "diagnostic");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }
}

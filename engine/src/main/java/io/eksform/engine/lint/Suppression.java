package io.eksform.engine.lint;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding that was accepted rather than fixed: the finding itself, how it was suppressed (an
 * inline comment, an {@code ignore:} entry of {@code .eksform.yaml}, or a baseline) and the reason
 * given, and the date it lapses when it has one. Suppressed findings do not fail a run but stay
 * visible in every report.
 */
public record Suppression(
    Diagnostic diagnostic, Kind kind, String reason, Optional<LocalDate> until) {
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
    until = until == null ? Optional.empty() : until;
  }

  /** A suppression that never lapses (a baseline, or an ignore without {@code until}). */
  public Suppression(Diagnostic diagnostic, Kind kind, String reason) {
    this(diagnostic, kind, reason, Optional.empty());
  }
}

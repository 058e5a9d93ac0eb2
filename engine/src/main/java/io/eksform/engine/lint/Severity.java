package io.eksform.engine.lint;

import java.util.Locale;

/** How serious a finding is; {@code --fail-on} compares against this order. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  /** The lower-case word used in every output format: "error", "warning", "info". */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at or above {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return compareTo(threshold) >= 0;
  }

  /** Parses "error", "warning" (or "warn") and "info", case-insensitively. */
  public static Severity parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "error" -> ERROR;
      case "warning", "warn" -> WARNING;
      case "info", "note" -> INFO;
      default ->
          throw new IllegalArgumentException(
              "unknown severity '" + text + "': use error, warning or info");
    };
  }
}

package io.eksform.engine.report.lint;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of {@code eksform validate --format}. */
public enum LintFormat {
  TEXT,
  JSON,
  SARIF,
  GITHUB,
  JUNIT;

  /** The name a user types. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The renderer of this format. */
  public LintRenderer renderer() {
    return switch (this) {
      case TEXT -> new TextLintRenderer();
      case JSON -> new JsonLintRenderer();
      case SARIF -> new SarifLintRenderer();
      case GITHUB -> new GithubLintRenderer();
      case JUNIT -> new JunitLintRenderer();
    };
  }

  /**
   * The format named {@code text}, case-insensitively.
   *
   * @throws IllegalArgumentException naming the valid formats when {@code text} is none of them
   */
  public static LintFormat parse(String text) {
    String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (LintFormat f : values()) {
      if (f.word().equals(wanted)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown output format '" + text + "': use one of " + validNames());
  }

  /** "text, json, sarif, github, junit". */
  public static String validNames() {
    return Arrays.stream(values()).map(LintFormat::word).collect(Collectors.joining(", "));
  }
}

package io.eksform.engine.report.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of {@code eksform plan --format} and {@code eksform show --format}. */
public enum PlanFormat {
  TEXT,
  JSON,
  MARKDOWN;

  /** The name a user types. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The renderer of this format. */
  public PlanRenderer renderer() {
    return switch (this) {
      case TEXT -> new TextPlanRenderer();
      case JSON -> new JsonPlanRenderer();
      case MARKDOWN -> new MarkdownPlanRenderer();
    };
  }

  /**
   * The format named {@code text}, case-insensitively.
   *
   * @throws IllegalArgumentException naming the valid formats when {@code text} is none of them
   */
  public static PlanFormat parse(String text) {
    String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (PlanFormat f : values()) {
      if (f.word().equals(wanted)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown output format '" + text + "': use one of " + validNames());
  }

  /** "text, json, markdown". */
  public static String validNames() {
    return Arrays.stream(values()).map(PlanFormat::word).collect(Collectors.joining(", "));
  }
}

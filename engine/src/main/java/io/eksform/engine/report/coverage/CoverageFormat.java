package io.eksform.engine.report.coverage;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of {@code eksform coverage --format}. */
public enum CoverageFormat {
  TEXT,
  JSON,
  MARKDOWN;

  /** The name a user types. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The renderer of this format. */
  public CoverageRenderer renderer() {
    return switch (this) {
      case TEXT -> new TextCoverageRenderer();
      case JSON -> new JsonCoverageRenderer();
      case MARKDOWN -> new MarkdownCoverageRenderer();
    };
  }

  /**
   * The format named {@code text}, case-insensitively.
   *
   * @throws IllegalArgumentException naming the valid formats when {@code text} is none of them
   */
  public static CoverageFormat parse(String text) {
    String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (CoverageFormat f : values()) {
      if (f.word().equals(wanted)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown output format '"
            + text
            + "': use one of "
            + Arrays.stream(values()).map(CoverageFormat::word).collect(Collectors.joining(", ")));
  }
}

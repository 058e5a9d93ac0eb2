package io.eksform.engine.report.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of {@code eksform graph --format}: drawings of the apply order. */
public enum GraphFormat {
  MERMAID,
  DOT;

  /** The name a user types. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The renderer of this format. */
  public PlanRenderer renderer() {
    return switch (this) {
      case MERMAID -> new MermaidGraphRenderer();
      case DOT -> new DotGraphRenderer();
    };
  }

  /**
   * The format named {@code text}, case-insensitively.
   *
   * @throws IllegalArgumentException naming the valid formats when {@code text} is none of them
   */
  public static GraphFormat parse(String text) {
    String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (GraphFormat f : values()) {
      if (f.word().equals(wanted)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown graph format '" + text + "': use one of " + validNames());
  }

  /** "mermaid, dot". */
  public static String validNames() {
    return Arrays.stream(values()).map(GraphFormat::word).collect(Collectors.joining(", "));
  }
}

package io.eksform.engine.config;

import java.util.ArrayList;
import java.util.List;

/** A decoded input file: the name the user gave it, its text, and its lines for rendering. */
public record SourceText(String name, String text, List<String> lines) {
  public SourceText {
    lines = List.copyOf(lines);
  }

  public static SourceText of(String name, String text) {
    return new SourceText(name, text, lines(text));
  }

  /**
   * The lines of {@code text}, split at {@code \n} or {@code \r\n}; a final newline ends an empty
   * line.
   */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      int end = nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
      lines.add(text.substring(start, end));
      start = nl + 1;
    }
    lines.add(text.substring(start));
    return lines;
  }
}

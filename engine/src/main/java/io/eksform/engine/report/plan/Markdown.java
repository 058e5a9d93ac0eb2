package io.eksform.engine.report.plan;

import java.util.List;

/**
 * Escaping for GitHub-flavoured markdown: text from the config or from AWS must never open a link,
 * a table cell, an HTML tag or a code fence of its own.
 */
final class Markdown {
  private static final String SPECIAL = "\\`*_[]<>|~#!";

  private Markdown() {}

  /** Plain text in a paragraph or list item. */
  static String text(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&') {
        out.append("&amp;");
      } else if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        String plain = oneLine(c);
        out.append(plain.length() > 1 ? "\\" + plain : plain);
      }
    }
    return out.toString();
  }

  /** Text inside an HTML element such as {@code <summary>} or {@code <code>}. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(oneLine(c));
      }
    }
    return out.toString();
  }

  /** A code span, fenced with more backticks than the text holds in a row. */
  static String code(String text) {
    StringBuilder oneLine = new StringBuilder(text.length());
    text.chars().forEach(c -> oneLine.append(oneLine((char) c)));
    String flat = oneLine.toString();
    String fence = "`".repeat(longestRun(flat) + 1);
    String pad = flat.startsWith("`") || flat.endsWith("`") || flat.isBlank() ? " " : "";
    return fence + pad + flat + pad + fence;
  }

  /** A fenced code block of {@code language}, its fence longer than any backtick run inside. */
  static String block(String language, List<String> lines) {
    int run = lines.stream().mapToInt(Markdown::longestRun).max().orElse(0);
    String fence = "`".repeat(Math.max(3, run + 1));
    return fence + language + "\n" + String.join("\n", lines) + "\n" + fence + "\n";
  }

  private static int longestRun(String text) {
    int best = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == '`' ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  }

  /** Line breaks become spaces; other control characters a visible {@code \\u001b}. */
  private static String oneLine(char c) {
    if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
      return " ";
    }
    boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f);
    return control ? String.format("\\u%04x", (int) c) : String.valueOf(c);
  }
}

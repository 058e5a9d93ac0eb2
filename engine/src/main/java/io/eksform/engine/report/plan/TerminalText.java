package io.eksform.engine.report.plan;

/**
 * Makes text from the config or from AWS safe to print on a terminal: control characters (which
 * could move the cursor or change colours), line breaks and bidirectional overrides (which could
 * make one name look like another) become visible {@code \\uXXXX} escapes, so one value stays on
 * one line and reads as it is.
 */
final class TerminalText {
  private TerminalText() {}

  static String safe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control =
          (c < 0x20 && c != '\t')
              || (c >= 0x7f && c <= 0x9f)
              || c == '\u2028'
              || c == '\u2029'
              || (c >= '\u202a' && c <= '\u202e')
              || (c >= '\u2066' && c <= '\u2069');
      if (control && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        if (control) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}

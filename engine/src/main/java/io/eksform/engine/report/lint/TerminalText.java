package io.eksform.engine.report.lint;

/**
 * Makes text from a user's file safe to print on a terminal: control characters (which could move
 * the cursor or change colours) become visible Java-style unicode escapes; tabs stay.
 */
final class TerminalText {
  private TerminalText() {}

  static String safe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f);
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

  /**
   * Blanks that put a caret under the character at 1-based {@code column} of {@code line}: tabs are
   * copied so the caret lines up whatever the terminal's tab width.
   */
  static String padTo(String line, int column) {
    String before = safe(line.substring(0, Math.min(Math.max(column - 1, 0), line.length())));
    StringBuilder pad = new StringBuilder(before.length());
    for (int i = 0; i < before.length(); i++) {
      pad.append(before.charAt(i) == '\t' ? '\t' : ' ');
    }
    return pad.toString();
  }
}

package io.eksform.cli.check;

/**
 * Shows the control characters of text from a branch (file names, notes) as escapes, so that a file
 * named with a newline cannot start a line of its own in a log: a GitHub workflow command ({@code
 * ::error file=...}) or a forged finding.
 */
final class Visible {
  private Visible() {}

  static String controls(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control =
          (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
      if (control) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}

package io.eksform.rego.builtins;

/** Go's {@code strconv.Quote} and {@code strconv.QuoteRune}. */
final class GoQuote {
  private GoQuote() {}

  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(cp -> append(out, cp, '"'));
    return out.append('"').toString();
  }

  static String quoteRune(int cp) {
    StringBuilder out = new StringBuilder().append('\'');
    append(out, cp, '\'');
    return out.append('\'').toString();
  }

  private static void append(StringBuilder out, int cp, char quote) {
    if (cp == quote || cp == '\\') {
      out.append('\\').appendCodePoint(cp);
      return;
    }
    switch (cp) {
      case 7 -> out.append("\\a");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case 0x0B -> out.append("\\v");
      default -> {
        if (isPrint(cp)) {
          out.appendCodePoint(cp);
        } else if (cp < 0x80) {
          out.append(String.format("\\x%02x", cp));
        } else if (cp < 0x10000) {
          out.append(String.format("\\u%04x", cp));
        } else {
          out.append(String.format("\\U%08x", cp));
        }
      }
    }
  }

  /**
   * Approximates Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols,
   * space.
   */
  private static boolean isPrint(int cp) {
    if (cp == ' ') {
      return true;
    }
    int type = Character.getType(cp);
    return switch (type) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          false;
      default -> true;
    };
  }
}

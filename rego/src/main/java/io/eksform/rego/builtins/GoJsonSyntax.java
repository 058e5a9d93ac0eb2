package io.eksform.rego.builtins;

/**
 * Checks JSON text the way Go's {@code encoding/json} decoder does, so that a syntax error reads
 * exactly as in OPA ({@code invalid character 'x' looking for beginning of value}, {@code
 * unexpected EOF}, ...). Returns null for valid text; parsing itself is left to Jackson.
 */
final class GoJsonSyntax {
  /**
   * Nesting deeper than this is refused with Go's message. Go's own limit is 10000; ours is lower
   * because these values are later walked recursively on an ordinary thread stack.
   */
  static final int MAX_DEPTH = 1_000;

  private final String s;
  private int pos;
  private int depth;

  /** A syntax error with Go's message. */
  private static final class Fail extends Exception {
    private static final long serialVersionUID = 1L;

    Fail(String message) {
      super(message, null, false, false);
    }
  }

  private GoJsonSyntax(String s) {
    this.s = s;
  }

  /** The error {@code json.unmarshal} reports for {@code text}, or null when it is valid. */
  static String unmarshalError(String text) {
    GoJsonSyntax p = new GoJsonSyntax(text);
    try {
      p.skipSpace();
      if (p.pos == text.length()) {
        return "EOF";
      }
      p.value();
      p.skipSpace();
      if (p.pos < text.length()) {
        char c = text.charAt(p.pos);
        if (c == '{'
            || c == '['
            || c == '"'
            || c == '-'
            || Character.isDigit(c)
            || c == 't'
            || c == 'f'
            || c == 'n') {
          return "error: invalid character '" + p.trailingToken() + "' after top-level value";
        }
        return "invalid character " + quoteChar(c) + " looking for beginning of value";
      }
      return null;
    } catch (Fail f) {
      return f.getMessage();
    }
  }

  /** Go's {@code json.Valid}. */
  static boolean valid(String text) {
    GoJsonSyntax p = new GoJsonSyntax(text);
    try {
      p.skipSpace();
      p.value();
      p.skipSpace();
      return p.pos == text.length();
    } catch (Fail f) {
      return false;
    }
  }

  private String trailingToken() {
    char c = s.charAt(pos);
    if (c == '{' || c == '[') {
      return String.valueOf(c);
    }
    int start = pos;
    try {
      value();
    } catch (Fail f) {
      return String.valueOf(c);
    }
    String tok = s.substring(start, pos);
    return c == '"' ? tok.substring(1, tok.length() - 1) : tok;
  }

  static String quoteChar(char c) {
    if (c == '\'') {
      return "'\\''";
    }
    if (c == '"') {
      return "'\"'";
    }
    String q = GoQuote.quote(String.valueOf(c));
    return "'" + q.substring(1, q.length() - 1) + "'";
  }

  private void skipSpace() {
    while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private char next(String context) throws Fail {
    if (pos >= s.length()) {
      throw new Fail("unexpected EOF");
    }
    return s.charAt(pos);
  }

  private Fail invalid(char c, String context) {
    return new Fail("invalid character " + quoteChar(c) + " " + context);
  }

  private void value() throws Fail {
    char c = next("");
    switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> {
        if (c == '-' || Character.isDigit(c)) {
          number();
        } else {
          throw invalid(c, "looking for beginning of value");
        }
      }
    }
  }

  private void enter() throws Fail {
    if (++depth > MAX_DEPTH) {
      throw new Fail("exceeded max depth");
    }
  }

  private void object() throws Fail {
    enter();
    pos++;
    skipSpace();
    if (next("") == '}') {
      pos++;
      depth--;
      return;
    }
    while (true) {
      char c = next("");
      if (c != '"') {
        throw invalid(c, "looking for beginning of object key string");
      }
      string();
      skipSpace();
      c = next("");
      if (c != ':') {
        throw invalid(c, "after object key");
      }
      pos++;
      skipSpace();
      value();
      skipSpace();
      c = next("");
      if (c == '}') {
        pos++;
        depth--;
        return;
      }
      if (c != ',') {
        throw invalid(c, "after object key:value pair");
      }
      pos++;
      skipSpace();
    }
  }

  private void array() throws Fail {
    enter();
    pos++;
    skipSpace();
    if (next("") == ']') {
      pos++;
      depth--;
      return;
    }
    while (true) {
      value();
      skipSpace();
      char c = next("");
      if (c == ']') {
        pos++;
        depth--;
        return;
      }
      if (c != ',') {
        throw invalid(c, "after array element");
      }
      pos++;
      skipSpace();
    }
  }

  private void string() throws Fail {
    pos++;
    while (true) {
      char c = next("");
      pos++;
      if (c == '"') {
        return;
      }
      if (c < 0x20) {
        throw invalid(c, "in string literal");
      }
      if (c == '\\') {
        char e = next("");
        pos++;
        if (e == 'u') {
          for (int i = 0; i < 4; i++) {
            char h = next("");
            if (Character.digit(h, 16) < 0) {
              throw invalid(h, "in \\u hexadecimal character escape");
            }
            pos++;
          }
        } else if ("\"\\/bfnrt".indexOf(e) < 0) {
          throw invalid(e, "in string escape code");
        }
      }
    }
  }

  private void literal(String word) throws Fail {
    for (int i = 0; i < word.length(); i++) {
      char c = next("");
      if (c != word.charAt(i)) {
        throw invalid(c, "in literal " + word + " (expecting " + quoteChar(word.charAt(i)) + ")");
      }
      pos++;
    }
  }

  private void number() throws Fail {
    if (s.charAt(pos) == '-') {
      pos++;
      char c = next("");
      if (!Character.isDigit(c)) {
        throw invalid(c, "in numeric literal");
      }
    }
    if (s.charAt(pos) == '0') {
      pos++;
    } else {
      digits();
    }
    if (pos < s.length() && s.charAt(pos) == '.') {
      pos++;
      char c = next("");
      if (!isDigit(c)) {
        throw invalid(c, "after decimal point in numeric literal");
      }
      digits();
    }
    if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
      pos++;
      char c = next("");
      if (c == '+' || c == '-') {
        pos++;
        c = next("");
      }
      if (!isDigit(c)) {
        throw invalid(c, "in exponent of numeric literal");
      }
      digits();
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void digits() {
    while (pos < s.length() && isDigit(s.charAt(pos))) {
      pos++;
    }
  }
}

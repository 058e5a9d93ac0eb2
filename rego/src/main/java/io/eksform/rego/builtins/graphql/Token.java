package io.eksform.rego.builtins.graphql;

/**
 * One lexical token: its kind, its value (names, numbers, unescaped strings) and where it starts.
 */
record Token(Kind kind, String value, Pos pos) {

  /** Token kinds, named as gqlparser prints them in error messages. */
  enum Kind {
    EOF("<EOF>"),
    BANG("!"),
    DOLLAR("$"),
    AMP("&"),
    PAREN_L("("),
    PAREN_R(")"),
    SPREAD("..."),
    COLON(":"),
    EQUALS("="),
    AT("@"),
    BRACKET_L("["),
    BRACKET_R("]"),
    BRACE_L("{"),
    BRACE_R("}"),
    PIPE("|"),
    NAME("Name"),
    INT("Int"),
    FLOAT("Float"),
    STRING("String"),
    BLOCK_STRING("BlockString");

    private final String text;

    Kind(String text) {
      this.text = text;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** The token as error messages show it: the kind, then the quoted value when there is one. */
  String describe() {
    return value.isEmpty() ? kind.toString() : kind + " " + quote(value);
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }
}

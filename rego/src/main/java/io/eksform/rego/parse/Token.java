package io.eksform.rego.parse;

/**
 * A lexical token. {@code text} is the source text (decoded for strings); {@code spaceBefore} and
 * {@code newlineBefore} record the layout before it, which decides where a body literal ends and
 * whether {@code [} continues a reference.
 */
record Token(Kind kind, String text, int row, int col, boolean spaceBefore, boolean newlineBefore) {

  /** Token kinds; punctuation kinds carry their symbol. */
  enum Kind {
    IDENT,
    STRING,
    RAW_STRING,
    NUMBER,
    TEMPLATE,
    RAW_TEMPLATE,
    LBRACE("{"),
    RBRACE("}"),
    LBRACK("["),
    RBRACK("]"),
    LPAREN("("),
    RPAREN(")"),
    DOT("."),
    COMMA(","),
    SEMI(";"),
    COLON(":"),
    ASSIGN(":="),
    UNIFY("="),
    EQ("=="),
    NEQ("!="),
    LT("<"),
    LTE("<="),
    GT(">"),
    GTE(">="),
    PLUS("+"),
    MINUS("-"),
    STAR("*"),
    SLASH("/"),
    PERCENT("%"),
    BAR("|"),
    AMP("&"),
    EOF("end of file");

    final String symbol;

    Kind() {
      this.symbol = null;
    }

    Kind(String symbol) {
      this.symbol = symbol;
    }
  }

  boolean is(Kind k) {
    return kind == k;
  }

  boolean isIdent(String word) {
    return kind == Kind.IDENT && text.equals(word);
  }

  /** How OPA names the token in a parse error. */
  String describe() {
    return switch (kind) {
      case IDENT -> text;
      case STRING, RAW_STRING -> "string";
      case NUMBER -> "number";
      case TEMPLATE, RAW_TEMPLATE -> "template string";
      case EOF -> "EOF";
      default -> kind.symbol;
    };
  }
}

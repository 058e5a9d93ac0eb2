package io.eksform.rego.parse;

import io.eksform.rego.ast.Location;
import io.eksform.rego.parse.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Splits Rego source into tokens, decoding string escapes and setting comments aside. */
final class Lexer {
  private final String src;
  private final String file;
  private int pos;
  private int row = 1;
  private int col = 1;
  private final List<Comment> comments = new ArrayList<>();

  /** A comment: its row and column and its text after the {@code #}. */
  record Comment(int row, int col, String text) {}

  Lexer(String src, String file) {
    this.src = src;
    this.file = file;
  }

  /** The comments seen so far, in order; complete once {@link #tokens()} has run. */
  List<Comment> comments() {
    return comments;
  }

  List<Token> tokens() {
    List<Token> out = new ArrayList<>();
    while (true) {
      boolean space = false;
      boolean newline = false;
      while (pos < src.length()) {
        char c = src.charAt(pos);
        if (c == '\n') {
          newline = true;
          space = true;
          advance();
        } else if (c == ' ' || c == '\t' || c == '\r') {
          space = true;
          advance();
        } else if (c == '#') {
          int start = pos + 1;
          int commentRow = row;
          int commentCol = col;
          while (pos < src.length() && src.charAt(pos) != '\n') {
            advance();
          }
          comments.add(new Comment(commentRow, commentCol, src.substring(start, pos)));
        } else {
          break;
        }
      }
      int r = row;
      int cl = col;
      if (pos >= src.length()) {
        out.add(new Token(Kind.EOF, "", r, cl, space, newline));
        return out;
      }
      Kind kind;
      String text;
      char c = src.charAt(pos);
      if (Character.isLetter(c) || c == '_') {
        int start = pos;
        while (pos < src.length()
            && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
          advance();
        }
        kind = Kind.IDENT;
        text = src.substring(start, pos);
      } else if (Character.isDigit(c)) {
        kind = Kind.NUMBER;
        text = number();
      } else if (c == '"') {
        kind = Kind.STRING;
        text = quoted();
      } else if (c == '`') {
        kind = Kind.RAW_STRING;
        text = raw();
      } else if (c == '$' && pos + 1 < src.length() && src.charAt(pos + 1) == '"') {
        advance();
        kind = Kind.TEMPLATE;
        text = template('"');
      } else if (c == '$' && pos + 1 < src.length() && src.charAt(pos + 1) == '`') {
        advance();
        kind = Kind.RAW_TEMPLATE;
        text = template('`');
      } else {
        kind = punct();
        text = kind.symbol;
      }
      out.add(new Token(kind, text, r, cl, space, newline));
    }
  }

  private void advance() {
    if (src.charAt(pos) == '\n') {
      row++;
      col = 1;
    } else {
      col++;
    }
    pos++;
  }

  private RegoParseException error(String message) {
    return new RegoParseException(new Location(file, row, col), message);
  }

  private String number() {
    int start = pos;
    while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
      advance();
    }
    if (pos + 1 < src.length()
        && src.charAt(pos) == '.'
        && Character.isDigit(src.charAt(pos + 1))) {
      advance();
      while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
        advance();
      }
    }
    if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
      advance();
      if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
        advance();
      }
      while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
        advance();
      }
    }
    return src.substring(start, pos);
  }

  private String quoted() {
    advance();
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= src.length() || src.charAt(pos) == '\n') {
        throw error("non-terminated string");
      }
      char c = src.charAt(pos);
      if (c == '"') {
        advance();
        return out.toString();
      }
      if (c == '\\') {
        advance();
        escape(out);
      } else {
        out.append(c);
        advance();
      }
    }
  }

  private void escape(StringBuilder out) {
    if (pos >= src.length()) {
      throw error("non-terminated string");
    }
    char e = src.charAt(pos);
    advance();
    switch (e) {
      case '"' -> out.append('"');
      case '\\' -> out.append('\\');
      case '/' -> out.append('/');
      case 'b' -> out.append('\b');
      case 'f' -> out.append('\f');
      case 'n' -> out.append('\n');
      case 'r' -> out.append('\r');
      case 't' -> out.append('\t');
      case 'u' -> {
        if (pos + 4 > src.length()) {
          throw error("illegal escape sequence");
        }
        try {
          out.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
        } catch (NumberFormatException ex) {
          throw error("illegal escape sequence");
        }
        for (int i = 0; i < 4; i++) {
          advance();
        }
      }
      default -> throw error("illegal escape sequence");
    }
  }

  private String raw() {
    advance();
    int start = pos;
    while (pos < src.length() && src.charAt(pos) != '`') {
      advance();
    }
    if (pos >= src.length()) {
      throw error("non-terminated raw string");
    }
    String s = src.substring(start, pos);
    advance();
    return s;
  }

  /**
   * The raw text between the template's quotes; braces nest and strings inside embedded expressions
   * may contain the closing quote.
   */
  private String template(char quote) {
    advance();
    int start = pos;
    int depth = 0;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (depth == 0 && c == quote) {
        String s = src.substring(start, pos);
        advance();
        return s;
      }
      if (c == '\\' && pos + 1 < src.length() && (quote == '"' || src.charAt(pos + 1) == '{')) {
        advance();
        advance();
        continue;
      }
      if (depth > 0 && c == '"') {
        advance();
        while (pos < src.length() && src.charAt(pos) != '"') {
          if (src.charAt(pos) == '\\') {
            advance();
          }
          advance();
        }
        advance();
        continue;
      }
      if (depth > 0 && c == '`') {
        advance();
        while (pos < src.length() && src.charAt(pos) != '`') {
          advance();
        }
        advance();
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      }
      advance();
    }
    throw error("non-terminated template string");
  }

  private Kind punct() {
    char c = src.charAt(pos);
    char n = pos + 1 < src.length() ? src.charAt(pos + 1) : 0;
    Kind two =
        switch ("" + c + n) {
          case ":=" -> Kind.ASSIGN;
          case "==" -> Kind.EQ;
          case "!=" -> Kind.NEQ;
          case "<=" -> Kind.LTE;
          case ">=" -> Kind.GTE;
          default -> null;
        };
    if (two != null) {
      advance();
      advance();
      return two;
    }
    Kind one =
        switch (c) {
          case '{' -> Kind.LBRACE;
          case '}' -> Kind.RBRACE;
          case '[' -> Kind.LBRACK;
          case ']' -> Kind.RBRACK;
          case '(' -> Kind.LPAREN;
          case ')' -> Kind.RPAREN;
          case '.' -> Kind.DOT;
          case ',' -> Kind.COMMA;
          case ';' -> Kind.SEMI;
          case ':' -> Kind.COLON;
          case '=' -> Kind.UNIFY;
          case '<' -> Kind.LT;
          case '>' -> Kind.GT;
          case '+' -> Kind.PLUS;
          case '-' -> Kind.MINUS;
          case '*' -> Kind.STAR;
          case '/' -> Kind.SLASH;
          case '%' -> Kind.PERCENT;
          case '|' -> Kind.BAR;
          case '&' -> Kind.AMP;
          default -> null;
        };
    if (one == null) {
      throw error("illegal token '" + c + "'");
    }
    advance();
    return one;
  }
}

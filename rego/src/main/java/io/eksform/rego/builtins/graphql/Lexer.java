package io.eksform.rego.builtins.graphql;

import io.eksform.rego.builtins.graphql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Splits GraphQL source into tokens; commas, white space and comments are insignificant. */
final class Lexer {
  private final int[] cps;
  private int at;
  private int line = 1;
  private int lineStart;

  private Lexer(String source) {
    this.cps = source.codePoints().toArray();
  }

  /** Every token of {@code source}, ending with one {@code EOF} token. */
  static List<Token> tokens(String source) throws GraphqlException {
    Lexer l = new Lexer(source);
    List<Token> out = new ArrayList<>();
    Token t;
    do {
      t = l.next();
      out.add(t);
    } while (t.kind() != Kind.EOF);
    return out;
  }

  private Pos pos() {
    return new Pos(line, at - lineStart + 1);
  }

  private int peek(int ahead) {
    return at + ahead < cps.length ? cps[at + ahead] : -1;
  }

  private void newline() {
    line++;
    lineStart = at;
  }

  private void skipIgnored() {
    while (at < cps.length) {
      int c = cps[at];
      if (c == '\n') {
        at++;
        newline();
      } else if (c == '\r') {
        at++;
        if (peek(0) == '\n') {
          at++;
        }
        newline();
      } else if (c == ' ' || c == '\t' || c == ',' || c == 0xFEFF) {
        at++;
      } else if (c == '#') {
        while (at < cps.length && cps[at] != '\n' && cps[at] != '\r') {
          at++;
        }
      } else {
        return;
      }
    }
  }

  private Token next() throws GraphqlException {
    skipIgnored();
    Pos p = pos();
    if (at >= cps.length) {
      return new Token(Kind.EOF, "", p);
    }
    int c = cps[at];
    Kind punct =
        switch (c) {
          case '!' -> Kind.BANG;
          case '$' -> Kind.DOLLAR;
          case '&' -> Kind.AMP;
          case '(' -> Kind.PAREN_L;
          case ')' -> Kind.PAREN_R;
          case ':' -> Kind.COLON;
          case '=' -> Kind.EQUALS;
          case '@' -> Kind.AT;
          case '[' -> Kind.BRACKET_L;
          case ']' -> Kind.BRACKET_R;
          case '{' -> Kind.BRACE_L;
          case '}' -> Kind.BRACE_R;
          case '|' -> Kind.PIPE;
          default -> null;
        };
    if (punct != null) {
      at++;
      return new Token(punct, "", p);
    }
    if (c == '.') {
      if (peek(1) == '.' && peek(2) == '.') {
        at += 3;
        return new Token(Kind.SPREAD, "", p);
      }
      throw new GraphqlException("Unexpected character \".\"", p);
    }
    if (c == '_' || Character.isLetter(c) && c < 128) {
      int start = at;
      while (at < cps.length
          && (cps[at] == '_' || cps[at] < 128 && Character.isLetterOrDigit(cps[at]))) {
        at++;
      }
      return new Token(Kind.NAME, new String(cps, start, at - start), p);
    }
    if (c == '-' || c >= '0' && c <= '9') {
      return number(p);
    }
    if (c == '"') {
      return peek(1) == '"' && peek(2) == '"' ? blockString(p) : string(p);
    }
    throw new GraphqlException("Unexpected character " + Token.quote(Character.toString(c)), p);
  }

  private Token number(Pos p) throws GraphqlException {
    int start = at;
    boolean isFloat = false;
    if (peek(0) == '-') {
      at++;
    }
    digits(p);
    if (peek(0) == '.') {
      isFloat = true;
      at++;
      digits(p);
    }
    if (peek(0) == 'e' || peek(0) == 'E') {
      isFloat = true;
      at++;
      if (peek(0) == '+' || peek(0) == '-') {
        at++;
      }
      digits(p);
    }
    return new Token(isFloat ? Kind.FLOAT : Kind.INT, new String(cps, start, at - start), p);
  }

  private void digits(Pos p) throws GraphqlException {
    if (!(peek(0) >= '0' && peek(0) <= '9')) {
      String found = peek(0) < 0 ? "<EOF>" : Token.quote(Character.toString(peek(0)));
      throw new GraphqlException("Invalid number, expected digit but got: " + found, p);
    }
    while (peek(0) >= '0' && peek(0) <= '9') {
      at++;
    }
  }

  private Token string(Pos p) throws GraphqlException {
    at++;
    StringBuilder b = new StringBuilder();
    while (true) {
      int c = peek(0);
      if (c < 0 || c == '\n' || c == '\r') {
        throw new GraphqlException("Unterminated string.", p);
      }
      at++;
      if (c == '"') {
        return new Token(Kind.STRING, b.toString(), p);
      }
      if (c != '\\') {
        b.appendCodePoint(c);
        continue;
      }
      int e = peek(0);
      at++;
      switch (e) {
        case '"' -> b.append('"');
        case '\\' -> b.append('\\');
        case '/' -> b.append('/');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'u' -> {
          if (at + 4 > cps.length) {
            throw new GraphqlException("Invalid character escape sequence.", p);
          }
          try {
            b.append((char) Integer.parseInt(new String(cps, at, 4), 16));
          } catch (NumberFormatException ex) {
            throw new GraphqlException("Invalid character escape sequence.", p);
          }
          at += 4;
        }
        default -> throw new GraphqlException("Invalid character escape sequence.", p);
      }
    }
  }

  private Token blockString(Pos p) throws GraphqlException {
    at += 3;
    StringBuilder raw = new StringBuilder();
    while (true) {
      int c = peek(0);
      if (c < 0) {
        throw new GraphqlException("Unterminated string.", p);
      }
      if (c == '"' && peek(1) == '"' && peek(2) == '"') {
        at += 3;
        return new Token(Kind.BLOCK_STRING, dedent(raw.toString()), p);
      }
      if (c == '\\' && peek(1) == '"' && peek(2) == '"' && peek(3) == '"') {
        raw.append("\"\"\"");
        at += 4;
        continue;
      }
      at++;
      if (c == '\n' || c == '\r' && peek(0) != '\n') {
        newline();
      }
      raw.appendCodePoint(c);
    }
  }

  /** The block string value: common indentation and blank first and last lines removed. */
  static String dedent(String raw) {
    String[] lines = raw.split("\r\n|\n|\r", -1);
    int common = Integer.MAX_VALUE;
    for (int i = 1; i < lines.length; i++) {
      int indent = 0;
      while (indent < lines[i].length()
          && (lines[i].charAt(indent) == ' ' || lines[i].charAt(indent) == '\t')) {
        indent++;
      }
      if (indent < lines[i].length()) {
        common = Math.min(common, indent);
      }
    }
    List<String> out = new ArrayList<>(List.of(lines));
    if (common != Integer.MAX_VALUE) {
      for (int i = 1; i < out.size(); i++) {
        String l = out.get(i);
        out.set(i, l.length() >= common ? l.substring(common) : "");
      }
    }
    while (!out.isEmpty() && out.get(0).isBlank()) {
      out.remove(0);
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
      out.remove(out.size() - 1);
    }
    return String.join("\n", out);
  }
}

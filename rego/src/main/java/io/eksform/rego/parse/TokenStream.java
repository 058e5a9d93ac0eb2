package io.eksform.rego.parse;

import io.eksform.rego.ast.Location;
import io.eksform.rego.ast.RegoVersion;
import io.eksform.rego.parse.Token.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The token stream a parser reads: the current position, look-ahead, expectations and the parse
 * errors they raise. Also numbers the {@code _} wildcards of one parse.
 */
abstract class TokenStream {
  final List<Token> tokens;
  final List<Lexer.Comment> comments;
  final String file;
  int pos;
  int wildcards;

  /** The words reserved here: all of them in v1, in v0 those imported from future.keywords. */
  final Set<String> keywords = new HashSet<>(RegoVersion.BASE_KEYWORDS);

  TokenStream(String src, String file, int wildcardSeed) {
    Lexer lexer = new Lexer(src, file);
    this.tokens = lexer.tokens();
    this.comments = lexer.comments();
    this.file = file;
    this.wildcards = wildcardSeed;
  }

  /** True when {@code t} is the word {@code keyword} and that word is reserved here. */
  boolean isKeyword(Token t, String keyword) {
    return t.isIdent(keyword) && keywords.contains(keyword);
  }

  /** True when the token at {@code offset} directly continues a reference or call. */
  boolean isRefStart(int offset) {
    Token after = peek(offset);
    return !after.spaceBefore()
        && (after.is(Kind.DOT) || after.is(Kind.LBRACK) || after.is(Kind.LPAREN));
  }

  Token peek() {
    return tokens.get(pos);
  }

  Token peek(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  Token next() {
    Token t = tokens.get(pos);
    if (pos < tokens.size() - 1) {
      pos++;
    }
    return t;
  }

  Token expect(Kind kind) {
    Token t = peek();
    if (!t.is(kind)) {
      String want = kind.symbol != null ? kind.symbol : kind.name().toLowerCase();
      throw error(t, "unexpected " + t.describe() + " token: expected " + want);
    }
    return next();
  }

  Location loc(Token t) {
    return new Location(file, t.row(), t.col());
  }

  RegoParseException error(Token t, String message) {
    return new RegoParseException(loc(t), message);
  }
}

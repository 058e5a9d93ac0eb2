package io.eksform.rego.builtins.graphql;

import io.eksform.rego.builtins.graphql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What query and schema documents share: token handling, values, type references, directives and
 * arguments, with gqlparser's error wording.
 */
abstract class ParserBase {
  /** Value kinds, numbered as gqlparser's {@code ast.ValueKind}. */
  static final int VARIABLE = 0;

  static final int INT = 1;
  static final int FLOAT = 2;
  static final int STRING = 3;
  static final int BLOCK = 4;
  static final int BOOLEAN = 5;
  static final int NULL = 6;
  static final int ENUM = 7;
  static final int LIST = 8;
  static final int OBJECT = 9;

  /** How deep values, types and selection sets may nest before the document is refused. */
  static final int MAX_DEPTH = 1000;

  private final List<Token> tokens;
  private int at;
  private int depth;

  ParserBase(String source) throws GraphqlException {
    this.tokens = Lexer.tokens(source);
  }

  Token peek() {
    return tokens.get(at);
  }

  Token next() {
    Token t = tokens.get(at);
    if (t.kind() != Kind.EOF) {
      at++;
    }
    return t;
  }

  Token prev() {
    return tokens.get(Math.max(0, at - 1));
  }

  boolean peekKeyword(String word) {
    return peek().kind() == Kind.NAME && peek().value().equals(word);
  }

  boolean skip(Kind kind) {
    if (peek().kind() == kind) {
      next();
      return true;
    }
    return false;
  }

  Token expect(Kind kind) throws GraphqlException {
    Token t = peek();
    if (t.kind() != kind) {
      throw new GraphqlException("Expected " + kind + ", found " + t.describe(), t.pos());
    }
    return next();
  }

  void expectKeyword(String word) throws GraphqlException {
    Token t = peek();
    if (!peekKeyword(word)) {
      throw new GraphqlException(
          "Expected " + Token.quote(word) + ", found " + t.describe(), t.pos());
    }
    next();
  }

  GraphqlException unexpected(Token t) {
    return new GraphqlException("Unexpected " + t.describe(), t.pos());
  }

  GraphqlException unexpected() {
    return unexpected(peek());
  }

  String parseName() throws GraphqlException {
    return expect(Kind.NAME).value();
  }

  /** A body part; it may throw. */
  interface Part {
    void parse() throws GraphqlException;
  }

  /** An optional delimited list that may be empty. */
  void many(Kind start, Kind end, Part part) throws GraphqlException {
    if (!skip(start)) {
      return;
    }
    while (peek().kind() != end) {
      part.parse();
    }
    next();
  }

  /** An optional delimited list that, when present, holds at least one item. */
  void some(Kind start, Kind end, Part part) throws GraphqlException {
    if (!skip(start)) {
      return;
    }
    if (peek().kind() == end) {
      throw new GraphqlException(
          "expected at least one definition, found " + peek().kind(), peek().pos());
    }
    while (peek().kind() != end) {
      part.parse();
    }
    next();
  }

  /** Enters one level of nesting; the parsers recurse, so a bound keeps the stack safe. */
  void enter() throws GraphqlException {
    if (++depth > MAX_DEPTH) {
      throw new GraphqlException(
          "Document nests more than " + MAX_DEPTH + " levels deep", peek().pos());
    }
  }

  void leave() {
    depth--;
  }

  Map<String, Object> parseValue(boolean isConst) throws GraphqlException {
    enter();
    try {
      return value(isConst);
    } finally {
      leave();
    }
  }

  private Map<String, Object> value(boolean isConst) throws GraphqlException {
    Token t = peek();
    Map<String, Object> v = Nodes.node(t.pos());
    v.put("Raw", "");
    v.put("ExpectedTypeHasDefault", false);
    switch (t.kind()) {
      case BRACKET_L -> {
        List<Object> children = new ArrayList<>();
        many(
            Kind.BRACKET_L,
            Kind.BRACKET_R,
            () -> {
              Map<String, Object> child = Nodes.node(peek().pos());
              child.put("Name", "");
              child.put("Value", parseValue(isConst));
              children.add(child);
            });
        v.put("Kind", LIST);
        v.put("Children", children);
      }
      case BRACE_L -> {
        List<Object> children = new ArrayList<>();
        many(
            Kind.BRACE_L,
            Kind.BRACE_R,
            () -> {
              Map<String, Object> child = Nodes.node(peek().pos());
              child.put("Name", parseName());
              expect(Kind.COLON);
              child.put("Value", parseValue(isConst));
              children.add(child);
            });
        v.put("Kind", OBJECT);
        v.put("Children", children);
      }
      case DOLLAR -> {
        if (isConst) {
          throw unexpected();
        }
        next();
        v.put("Kind", VARIABLE);
        v.put("Raw", parseName());
      }
      case INT, FLOAT, STRING, BLOCK_STRING -> {
        next();
        v.put(
            "Kind",
            switch (t.kind()) {
              case INT -> INT;
              case FLOAT -> FLOAT;
              case STRING -> STRING;
              default -> BLOCK;
            });
        v.put("Raw", t.value());
      }
      case NAME -> {
        next();
        v.put(
            "Kind",
            switch (t.value()) {
              case "true", "false" -> BOOLEAN;
              case "null" -> NULL;
              default -> ENUM;
            });
        v.put("Raw", t.value());
      }
      default -> throw unexpected();
    }
    return v;
  }

  Map<String, Object> parseTypeReference() throws GraphqlException {
    enter();
    try {
      return typeReference();
    } finally {
      leave();
    }
  }

  private Map<String, Object> typeReference() throws GraphqlException {
    Map<String, Object> type = Nodes.node(peek().pos());
    if (skip(Kind.BRACKET_L)) {
      type.put("NamedType", "");
      type.put("Elem", parseTypeReference());
      expect(Kind.BRACKET_R);
    } else {
      type.put("NamedType", parseName());
    }
    type.put("NonNull", skip(Kind.BANG));
    return type;
  }

  List<Object> parseDirectives(boolean isConst) throws GraphqlException {
    List<Object> out = new ArrayList<>();
    while (peek().kind() == Kind.AT) {
      Map<String, Object> d = Nodes.node(next().pos());
      d.put("Name", parseName());
      d.put("Arguments", parseArguments(isConst));
      d.put("Location", "");
      out.add(d);
    }
    return out;
  }

  List<Object> parseArguments(boolean isConst) throws GraphqlException {
    List<Object> out = new ArrayList<>();
    many(
        Kind.PAREN_L,
        Kind.PAREN_R,
        () -> {
          Map<String, Object> a = Nodes.node(peek().pos());
          a.put("Name", parseName());
          expect(Kind.COLON);
          a.put("Value", parseValue(isConst));
          out.add(a);
        });
    return out;
  }
}

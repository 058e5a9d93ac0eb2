package io.eksform.rego.builtins.graphql;

import io.eksform.rego.builtins.graphql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parses an executable document (operations and fragments) into gqlparser's query AST shape. */
final class QueryParser extends ParserBase {
  private QueryParser(String source) throws GraphqlException {
    super(source);
  }

  static Map<String, Object> parse(String source) throws GraphqlException {
    return new QueryParser(source).document();
  }

  private Map<String, Object> document() throws GraphqlException {
    Map<String, Object> doc = Nodes.node(null);
    List<Object> operations = new ArrayList<>();
    List<Object> fragments = new ArrayList<>();
    while (peek().kind() != Kind.EOF) {
      if (peek().kind() == Kind.BRACE_L) {
        operations.add(operation());
      } else if (peek().kind() == Kind.NAME) {
        switch (peek().value()) {
          case "query", "mutation", "subscription" -> operations.add(operation());
          case "fragment" -> fragments.add(fragment());
          default -> throw unexpected();
        }
      } else {
        throw unexpected();
      }
    }
    doc.put("Operations", operations);
    doc.put("Fragments", fragments);
    return doc;
  }

  private Map<String, Object> operation() throws GraphqlException {
    Map<String, Object> op = Nodes.node(peek().pos());
    if (peek().kind() == Kind.BRACE_L) {
      op.put("Operation", "query");
      op.put("Name", "");
      op.put("SelectionSet", requiredSelectionSet());
      return op;
    }
    op.put("Operation", operationType());
    op.put("Name", peek().kind() == Kind.NAME ? next().value() : "");
    op.put("VariableDefinitions", variableDefinitions());
    op.put("Directives", parseDirectives(false));
    op.put("SelectionSet", requiredSelectionSet());
    return op;
  }

  String operationType() throws GraphqlException {
    Token t = expect(Kind.NAME);
    return switch (t.value()) {
      case "query", "mutation", "subscription" -> t.value();
      default -> throw unexpected(t);
    };
  }

  private List<Object> variableDefinitions() throws GraphqlException {
    List<Object> out = new ArrayList<>();
    many(
        Kind.PAREN_L,
        Kind.PAREN_R,
        () -> {
          Map<String, Object> v = Nodes.node(peek().pos());
          expect(Kind.DOLLAR);
          v.put("Variable", parseName());
          expect(Kind.COLON);
          v.put("Type", parseTypeReference());
          if (skip(Kind.EQUALS)) {
            v.put("DefaultValue", parseValue(true));
          }
          v.put("Directives", parseDirectives(true));
          v.put("Used", false);
          out.add(v);
        });
    return out;
  }

  private List<Object> requiredSelectionSet() throws GraphqlException {
    if (peek().kind() != Kind.BRACE_L) {
      throw new GraphqlException(
          "Expected " + Kind.BRACE_L + ", found " + peek().kind(), peek().pos());
    }
    return selectionSet();
  }

  private List<Object> selectionSet() throws GraphqlException {
    List<Object> out = new ArrayList<>();
    enter();
    try {
      some(Kind.BRACE_L, Kind.BRACE_R, () -> out.add(selection()));
    } finally {
      leave();
    }
    return out;
  }

  private Map<String, Object> selection() throws GraphqlException {
    if (peek().kind() == Kind.SPREAD) {
      return spread();
    }
    Map<String, Object> f = Nodes.node(peek().pos());
    String alias = parseName();
    f.put("Alias", alias);
    f.put("Name", skip(Kind.COLON) ? parseName() : alias);
    f.put("Arguments", parseArguments(false));
    f.put("Directives", parseDirectives(false));
    if (peek().kind() == Kind.BRACE_L) {
      f.put("SelectionSet", selectionSet());
    }
    return f;
  }

  private Map<String, Object> spread() throws GraphqlException {
    expect(Kind.SPREAD);
    // gqlparser places both kinds of spread at the token after the dots
    Map<String, Object> s = Nodes.node(peek().pos());
    if (peek().kind() == Kind.NAME && !peek().value().equals("on")) {
      s.put("Name", parseName());
      s.put("Directives", parseDirectives(false));
      return s;
    }
    String condition = "";
    if (peekKeyword("on")) {
      next();
      condition = parseName();
    }
    s.put("TypeCondition", condition);
    s.put("Directives", parseDirectives(false));
    s.put("SelectionSet", requiredSelectionSet());
    return s;
  }

  private Map<String, Object> fragment() throws GraphqlException {
    Map<String, Object> f = Nodes.node(peek().pos());
    expectKeyword("fragment");
    if (peekKeyword("on")) {
      throw unexpected();
    }
    f.put("Name", parseName());
    f.put("VariableDefinition", variableDefinitions());
    expectKeyword("on");
    f.put("TypeCondition", parseName());
    f.put("Directives", parseDirectives(false));
    f.put("SelectionSet", requiredSelectionSet());
    return f;
  }
}

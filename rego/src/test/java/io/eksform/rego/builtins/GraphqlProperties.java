package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.call;
import static io.eksform.rego.builtins.Calls.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.Value;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Any text, however broken, gives the GraphQL built-ins a value or a builtin error, never another
 * exception; and a query that parses validates the same as text or as its AST.
 */
class GraphqlProperties {
  private static final String SCHEMA =
      """
      interface Node { id: ID! }
      enum Size { S L }
      input In { size: Size! tags: [String!] }
      type User implements Node { id: ID! name(upper: Boolean = false): String friends: [User] }
      type Query { user(id: ID!, in: In): User node(id: ID): Node }
      type Subscription { a: Int b: Int }
      """;

  private static final List<String> PIECES =
      List.of(
          "{",
          "}",
          "(",
          ")",
          "[",
          "]",
          ":",
          "!",
          "$",
          "@",
          "=",
          "|",
          "&",
          "...",
          " ",
          "\n",
          "query",
          "mutation",
          "subscription",
          "fragment",
          "on",
          "F",
          "user",
          "node",
          "id",
          "name",
          "friends",
          "in",
          "size",
          "tags",
          "S",
          "L",
          "null",
          "true",
          "1",
          "-2.5e3",
          "\"s\"",
          "\"\"\"b\"\"\"",
          "User",
          "Node",
          "ID",
          "Int",
          "In",
          "Size",
          "type",
          "input",
          "enum",
          "interface",
          "union",
          "scalar",
          "extend",
          "schema",
          "directive",
          "implements",
          "#c\n",
          "__typename",
          "@include(if: true)",
          "@skip",
          ",",
          "\"",
          "\\",
          ".");

  private static final List<String> SELECTIONS =
      List.of(
          "user(id: 1) { id }",
          "user(id: $v) { name }",
          "node(id: 1) { id ... on User { friends { id } } }",
          "user { id }",
          "user(id: 1) { nope }",
          "x: user(id: 2) { id }",
          "x: node { id }",
          "user(id: 1, in: {size: S}) { id }",
          "user(id: 1, in: {size: M}) { id }",
          "__typename",
          "user(id: 1) { name(upper: true) }",
          "user(id: 1) { name(upper: 1) }",
          "user(id: 1) { ...F }",
          "user(id: 1) @include(if: $b) { id }",
          "node(id: null) { __typename }");

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<String> tokens =
        Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
    Arbitrary<String> queries =
        net.jqwik.api.Combinators.combine(
                Arbitraries.of("", "query Q($v: ID!) ", "query Q($v: ID, $b: Boolean!) "),
                Arbitraries.of(SELECTIONS).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of("", "\nfragment F on User { id }", "\nfragment F on Node { id }"))
            .as((head, body, tail) -> head + "{ " + String.join(" ", body) + " }" + tail);
    return Arbitraries.oneOf(tokens, queries);
  }

  @Property(tries = 2000)
  void brokenTextIsAValueOrABuiltinError(@ForAll("documents") String text) {
    for (String name : List.of("graphql.parse_query", "graphql.parse_schema")) {
      try {
        call(name, s(text));
      } catch (BuiltinException expected) {
        assertEquals(BuiltinException.Code.BUILTIN_ERROR, expected.code());
      }
    }
    try {
      call("graphql.schema_is_valid", s(text));
      call("graphql.is_valid", s(text), s(SCHEMA));
      call("graphql.is_valid", s("{ user(id: 1) { id } }"), s(text));
      call("graphql.parse_and_verify", s(text), s(SCHEMA));
    } catch (BuiltinException e) {
      throw new AssertionError("the boolean built-ins never fail: " + e.getMessage(), e);
    }
  }

  @Property(tries = 2000)
  void aQueryValidatesTheSameAsTextOrAsItsAst(@ForAll("documents") String text) throws Exception {
    Value ast;
    try {
      ast = call("graphql.parse_query", s(text));
    } catch (BuiltinException notAQuery) {
      Statistics.collect("not a query");
      return;
    }
    Value schema = call("graphql.parse_schema", s(SCHEMA));
    Value fromText = call("graphql.is_valid", s(text), s(SCHEMA));
    Statistics.collect(fromText.equals(BooleanValue.TRUE) ? "valid" : "invalid");
    assertEquals(fromText, call("graphql.is_valid", ast, schema));
    Value verified = call("graphql.parse_and_verify", s(text), s(SCHEMA));
    assertEquals(fromText, ((ArrayValue) verified).get(0));
    if (fromText.equals(BooleanValue.TRUE)) {
      assertEquals(ast, ((ArrayValue) verified).get(1));
    }
  }
}

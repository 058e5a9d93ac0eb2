package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.call;
import static io.eksform.rego.builtins.Calls.check;
import static io.eksform.rego.builtins.Calls.fails;
import static io.eksform.rego.builtins.Calls.s;
import static io.eksform.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.Value;
import org.junit.jupiter.api.Test;

/** graphql.*: AST shapes, parse errors with their positions, schema rules and query validation. */
class GraphqlBuiltinsTest {
  private static final String SCHEMA =
      """
      interface Node { id: ID! }
      type User implements Node { id: ID! name: String friends(first: Int!): [User!]! }
      type Query { user(id: ID!): User node(id: ID!): Node }
      """;

  private static String parseError(String query) {
    return fails("graphql.parse", s(query), s(SCHEMA)).getMessage();
  }

  @Test
  void queryAstHasGqlparserShapeWithoutPositionsOrEmptyParts() throws Exception {
    check(
        "{\"Operations\":[{\"Name\":\"Q\",\"Operation\":\"query\",\"SelectionSet\":[{\"Alias\":\"u\","
            + "\"Arguments\":[{\"Name\":\"id\",\"Value\":{\"ExpectedTypeHasDefault\":false,"
            + "\"Kind\":4,\"Raw\":\"a\\n  b\"}}],\"Name\":\"user\",\"SelectionSet\":[{\"Name\":\"F\"}]}]}],"
            + "\"Fragments\":[{\"Name\":\"F\",\"SelectionSet\":[{\"Alias\":\"id\",\"Name\":\"id\"}],"
            + "\"TypeCondition\":\"User\"}]}",
        "graphql.parse_query",
        s(
            "query Q { u: user(id: \"\"\"\n    a\n      b\n  \"\"\") { ...F } }\nfragment F on User { id }"));
  }

  @Test
  void parseErrorsNameTheTokenAndItsLineAndColumn() {
    assertEquals(
        "graphql.parse_query: Expected Name, found <EOF> in GraphQL string at location 3:1",
        fails("graphql.parse_query", s("{\n  a {\n")).getMessage());
    assertEquals(
        "graphql.parse_query: Expected Name, found Int \"4\" in GraphQL string at location 1:3",
        fails("graphql.parse_query", s("{ 4 }")).getMessage());
    assertEquals(
        "graphql.parse_query: Unexpected } in GraphQL string at location 2:3",
        fails("graphql.parse_query", s("{ a }\n  }")).getMessage());
    assertEquals(
        "graphql.parse_schema: Expected :, found ( in GraphQL string at location 1:16",
        fails("graphql.parse_schema", s("input Hello { w(a: Int): String }")).getMessage());
    assertEquals(
        "graphql.parse_query: operand 1 must be string but got number",
        fails("graphql.parse_query", v("1")).getMessage());
  }

  @Test
  void deepNestingIsAParseErrorNotAStackOverflow() throws Exception {
    String deep = "{ f(a: " + "[".repeat(100_000) + ") }";
    assertEquals(
        "graphql.parse_query: Document nests more than 1000 levels deep in GraphQL string at"
            + " location 1:1007",
        fails("graphql.parse_query", s(deep)).getMessage());
    check("false", "graphql.is_valid", s("{" + " a {".repeat(50_000)), s(SCHEMA));
  }

  @Test
  void schemaAstListsDefinitionsAndExtensions() throws Exception {
    check(
        "{\"Definitions\":[{\"BuiltIn\":false,\"Description\":\"\",\"Kind\":\"UNION\",\"Name\":\"U\","
            + "\"Types\":[\"A\",\"B\"]}],\"Extensions\":[{\"BuiltIn\":false,\"Description\":\"\","
            + "\"Directives\":[{\"Location\":\"\",\"Name\":\"d\"}],\"Kind\":\"SCALAR\",\"Name\":\"S\"}]}",
        "graphql.parse_schema",
        s("union U = | A | B\nextend scalar S @d"));
  }

  @Test
  void schemaRulesFollowGqlparser() throws Exception {
    check("true", "graphql.schema_is_valid", s(SCHEMA));
    check("true", "graphql.schema_is_valid", s("extend type Query { a: Int }"));
    check("false", "graphql.schema_is_valid", s("type Query { a: Missing }"));
    check("false", "graphql.schema_is_valid", s("type A implements Node { x: Int }\n" + SCHEMA));
    check("false", "graphql.schema_is_valid", s("scalar S @deprecated"));
    check("false", "graphql.schema_is_valid", s("scalar S\nextend type S @deprecated"));
    check("false", "graphql.schema_is_valid", s("type __Hidden { a: Int }"));
    check("false", "graphql.schema_is_valid", v("1"));
    assertEquals(
        "graphql.parse: For A to implement Node it must have a field called id. in GraphQL schema"
            + " string at location 1:1",
        fails("graphql.parse", s("{ a }"), s("type A implements Node { x: Int }\n" + SCHEMA))
            .getMessage());
  }

  @Test
  void queryValidationReportsTheFirstBrokenRuleWithoutItsFullStop() {
    assertEquals(
        "graphql.parse: Cannot query field \"nope\" on type \"User\" in GraphQL query string at"
            + " location 1:19",
        parseError("{ user(id: \"1\") { nope } }"));
    assertEquals(
        "graphql.parse: Field \"user\" argument \"id\" of type \"ID!\" is required, but it was not"
            + " provided in GraphQL query string at location 1:3",
        parseError("{ user { id } }"));
    assertEquals(
        "graphql.parse: Variable \"$v\" is never used in operation \"Q\" in GraphQL query string at"
            + " location 1:9",
        parseError("query Q($v: Int) { user(id: 1) { id } }"));
    assertEquals(
        "graphql.parse: Variable \"$x\" is not defined in GraphQL query string at location 1:1",
        parseError("{ user(id: $x) { id } }"));
    assertEquals(
        "graphql.parse: Unknown fragment \"F\" in GraphQL query string at location 1:20",
        parseError("{ user(id: 1) { ...F } }"));
    assertEquals(
        "graphql.parse: Field \"friends\" of type \"[User!]!\" must have a selection of subfields."
            + " Did you mean \"friends { ... }\"? in GraphQL query string at location 1:17",
        parseError("{ user(id: 1) { friends(first: 1) } }"));
    assertEquals(
        "graphql.parse: Cannot spread fragment \"A\" within itself via \"B\" in GraphQL query"
            + " string at location 3:25",
        parseError(
            "{ user(id: 1) { ...A } }\nfragment A on User { friends(first: 1) { ...B } }\n"
                + "fragment B on User { ...A }"));
    assertEquals(
        "graphql.parse: Fields \"x\" conflict because id and name are different fields. Use"
            + " different aliases on the fields to fetch both if this was intentional in GraphQL"
            + " query string at location 1:29",
        parseError("{ user(id: 1) { x: id ... { x: name } } }"));
    assertEquals(
        "graphql.parse: Fields \"user\" conflict because they have differing arguments. Use"
            + " different aliases on the fields to fetch both if this was intentional in GraphQL"
            + " query string at location 1:22",
        parseError("{ user(id: 1) { id } user(id: 2) { id } }"));
    assertEquals(
        "graphql.parse: Schema does not support operation type \"mutation\" in GraphQL query string"
            + " at location 1:1",
        parseError("mutation { a }"));
  }

  @Test
  void literalsMustFitTheirTypeAndVariablesTheirPosition() throws Exception {
    assertEquals(
        "graphql.parse: Expected value of type \"ID!\", found true in GraphQL query string at"
            + " location 1:12",
        parseError("{ user(id: true) { id } }"));
    assertEquals(
        "graphql.parse: Variable \"$n\" of type \"Int\" used in position expecting type \"Int!\""
            + " in GraphQL query string at location 1:49",
        parseError("query Q($n: Int) { user(id: 1) { friends(first: $n) { id } } }"));
    check(
        "true",
        "graphql.is_valid",
        s("query Q($n: Int = 3) { user(id: 1) { friends(first: $n) { id } } }"),
        s(SCHEMA));
    String enums =
        "enum Size { S L }\ninput In { size: Size! tags: [String!] }\n"
            + "type Query { shirts(in: In): Int }";
    check("true", "graphql.is_valid", s("{ shirts(in: {size: L, tags: \"a\"}) }"), s(enums));
    check("false", "graphql.is_valid", s("{ shirts(in: {size: M}) }"), s(enums));
    check("false", "graphql.is_valid", s("{ shirts(in: {tags: [\"a\"]}) }"), s(enums));
    check("false", "graphql.is_valid", s("{ shirts(in: {size: \"L\"}) }"), s(enums));
    check("false", "graphql.is_valid", s("{ shirts(in: {size: S, other: 1}) }"), s(enums));
  }

  @Test
  void validQueriesFollowFragmentsInterfacesAndIntrospection() throws Exception {
    check(
        "true",
        "graphql.is_valid",
        s(
            "query Q($n: Int!) { node(id: 1) { id ... on User { friends(first: $n) { ...N } } }"
                + " __schema { queryType { name } } }\nfragment N on Node { id __typename }"),
        s(SCHEMA));
    check("false", "graphql.is_valid", s("{ node(id: 1) { name } }"), s(SCHEMA));
    String subscriptions = "type Query { a: Int }\ntype Subscription { a: Int b: Int }";
    check("true", "graphql.is_valid", s("subscription { a }"), s(subscriptions));
    check(
        "false",
        "graphql.is_valid",
        s("subscription S { a ...F }\nfragment F on Subscription { b }"),
        s(subscriptions));
    check("false", "graphql.is_valid", s("{"), s(SCHEMA));
    check("false", "graphql.is_valid", v("[]"), s(SCHEMA));
  }

  @Test
  void astObjectsGoInAsTheyCameOut() throws Exception {
    Value query = call("graphql.parse_query", s("{ user(id: 1) { name } }"));
    Value schema = call("graphql.parse_schema", s(SCHEMA));
    assertEquals(
        ArrayValue.of(v("true"), query, schema), call("graphql.parse_and_verify", query, schema));
    check("[false, {}, {}]", "graphql.parse_and_verify", s("{ user { name } }"), schema);
    check("true", "graphql.schema_is_valid", schema);
  }
}

package io.eksform.rego.builtins;

import io.eksform.rego.builtins.graphql.Graphql;
import io.eksform.rego.builtins.graphql.GraphqlException;
import io.eksform.rego.builtins.graphql.Pos;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.List;

/**
 * The {@code graphql.*} built-ins: queries and schemas (GraphQL text, or ASTs as these built-ins
 * return them) parsed, loaded and validated as OPA does with gqlparser.
 */
final class GraphqlBuiltins {
  private GraphqlBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("graphql.parse", 2, (c, a) -> parse(a));
    r.add("graphql.parse_and_verify", 2, (c, a) -> parseAndVerify(a));
    r.add("graphql.parse_query", 1, (c, a) -> parseQuery(a));
    r.add("graphql.parse_schema", 1, (c, a) -> parseSchema(a));
    r.add("graphql.is_valid", 2, (c, a) -> isValid(a));
    r.add("graphql.schema_is_valid", 1, (c, a) -> schemaIsValid(a));
  }

  private static BuiltinException failure(String builtin, GraphqlException e, String where) {
    return BuiltinException.builtin(
        builtin, e.getMessage() + " in " + where + " at location " + e.line() + ":" + e.column());
  }

  private static void requireStringOrObject(String builtin, List<Value> a, int position)
      throws BuiltinException {
    Value v = a.get(position - 1);
    if (!(v instanceof StringValue) && !(v instanceof ObjectValue)) {
      throw BuiltinException.operand(builtin, position, "one of {object, string}", v.typeName());
    }
  }

  private static Value parseQuery(List<Value> a) throws BuiltinException {
    if (!(a.get(0) instanceof StringValue s)) {
      throw BuiltinException.operand("graphql.parse_query", 1, "string", a.get(0).typeName());
    }
    try {
      return Graphql.parseQuery(s.value()).value();
    } catch (GraphqlException e) {
      throw failure("graphql.parse_query", e, "GraphQL string");
    }
  }

  private static Value parseSchema(List<Value> a) throws BuiltinException {
    if (!(a.get(0) instanceof StringValue s)) {
      throw BuiltinException.operand("graphql.parse_schema", 1, "string", a.get(0).typeName());
    }
    try {
      return Graphql.parseSchema(s.value()).value();
    } catch (GraphqlException e) {
      throw failure("graphql.parse_schema", e, "GraphQL string");
    }
  }

  private static Value parse(List<Value> a) throws BuiltinException {
    String name = "graphql.parse";
    requireStringOrObject(name, a, 1);
    requireStringOrObject(name, a, 2);
    Graphql.Document q;
    Graphql.Document doc;
    try {
      q = Graphql.query(a.get(0));
    } catch (GraphqlException e) {
      throw failure(name, e, "GraphQL string");
    }
    try {
      doc = Graphql.schemaDocument(a.get(1));
    } catch (GraphqlException e) {
      throw failure(name, e, "GraphQL string");
    }
    Value schemaValue = doc.value();
    Graphql.LoadedSchema schema;
    try {
      schema = Graphql.load(doc);
    } catch (GraphqlException e) {
      throw failure(name, e, "GraphQL schema string");
    }
    try {
      Graphql.validate(schema, q);
    } catch (GraphqlException e) {
      String message = e.getMessage();
      if (message.endsWith(".")) {
        message = message.substring(0, message.length() - 1);
      }
      throw failure(
          name,
          new GraphqlException(message, new Pos(e.line(), e.column())),
          "GraphQL query string");
    }
    return ArrayValue.of(q.value(), schemaValue);
  }

  private static Value parseAndVerify(List<Value> a) throws BuiltinException {
    String name = "graphql.parse_and_verify";
    requireStringOrObject(name, a, 1);
    requireStringOrObject(name, a, 2);
    try {
      Graphql.Document q = Graphql.query(a.get(0));
      Graphql.Document doc = Graphql.schemaDocument(a.get(1));
      Value schemaValue = doc.value();
      Graphql.validate(Graphql.load(doc), q);
      return ArrayValue.of(BooleanValue.TRUE, q.value(), schemaValue);
    } catch (GraphqlException e) {
      return ArrayValue.of(BooleanValue.FALSE, ObjectValue.EMPTY, ObjectValue.EMPTY);
    }
  }

  private static Value isValid(List<Value> a) {
    if (!isStringOrObject(a.get(0)) || !isStringOrObject(a.get(1))) {
      return BooleanValue.FALSE;
    }
    try {
      Graphql.validate(Graphql.load(Graphql.schemaDocument(a.get(1))), Graphql.query(a.get(0)));
      return BooleanValue.TRUE;
    } catch (GraphqlException e) {
      return BooleanValue.FALSE;
    }
  }

  private static Value schemaIsValid(List<Value> a) {
    if (!isStringOrObject(a.get(0))) {
      return BooleanValue.FALSE;
    }
    try {
      Graphql.load(Graphql.schemaDocument(a.get(0)));
      return BooleanValue.TRUE;
    } catch (GraphqlException e) {
      return BooleanValue.FALSE;
    }
  }

  private static boolean isStringOrObject(Value v) {
    return v instanceof StringValue || v instanceof ObjectValue;
  }
}

package io.eksform.rego.builtins;

import io.eksform.rego.jsonschema.JsonSchema;
import io.eksform.rego.jsonschema.SchemaError;
import io.eksform.rego.jsonschema.SchemaException;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NullValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * {@code json.verify_schema(schema)} and {@code json.match_schema(document, schema)}: schemas and
 * documents given as values or as JSON text, results shaped as OPA returns them.
 */
final class JsonSchemaBuiltins {
  private static final String VERIFY = "json.verify_schema";
  private static final String MATCH = "json.match_schema";

  private JsonSchemaBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add(VERIFY, 1, (c, a) -> verify(a));
    r.add(MATCH, 2, (c, a) -> match(a));
  }

  private static Value verify(List<Value> a) throws BuiltinException {
    Value schema = operand(VERIFY, a, 1);
    try {
      JsonSchema.of(schema);
      return new ArrayValue(List.of(BooleanValue.of(true), NullValue.INSTANCE));
    } catch (SchemaException e) {
      return new ArrayValue(
          List.of(BooleanValue.of(false), StringValue.of("jsonschema: " + e.getMessage())));
    }
  }

  private static Value match(List<Value> a) throws BuiltinException {
    // any JSON document may be matched; text is parsed first
    Value document =
        a.get(0) instanceof StringValue s ? EncodingBuiltins.parseJson(MATCH, s.value()) : a.get(0);
    Value schemaValue = operand(MATCH, a, 2);
    JsonSchema schema;
    try {
      schema = JsonSchema.of(schemaValue);
    } catch (SchemaException e) {
      throw BuiltinException.builtin(MATCH, e.getMessage());
    }
    List<Value> errors = new ArrayList<>();
    for (SchemaError e : schema.validate(document)) {
      TreeMap<Value, Value> o = new TreeMap<>();
      o.put(StringValue.of("error"), StringValue.of(e.error()));
      o.put(StringValue.of("type"), StringValue.of(e.type()));
      o.put(StringValue.of("field"), StringValue.of(e.field()));
      o.put(StringValue.of("desc"), StringValue.of(e.description()));
      errors.add(ObjectValue.wrap(o));
    }
    return new ArrayValue(List.of(BooleanValue.of(errors.isEmpty()), new ArrayValue(errors)));
  }

  /** An object (or boolean schema) as it is, or JSON text parsed. */
  private static Value operand(String name, List<Value> a, int position) throws BuiltinException {
    Value v = a.get(position - 1);
    if (v instanceof StringValue s) {
      return EncodingBuiltins.parseJson(name, s.value());
    }
    if (v instanceof ObjectValue || v instanceof BooleanValue) {
      return v;
    }
    throw Operands.typeError(name, position, v, "object", "string");
  }
}

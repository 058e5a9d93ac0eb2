package io.eksform.rego.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.eksform.rego.value.JsonValues;
import io.eksform.rego.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The validator's keywords, error kinds, fields and texts. */
class JsonSchemaTest {
  private static Value v(String json) {
    return JsonValues.fromJson(JsonMapper.builder().build().readTree(json));
  }

  private static List<SchemaError> errors(String schema, String doc) throws Exception {
    return JsonSchema.of(v(schema)).validate(v(doc));
  }

  // members are checked in key order, so tags.1 comes before the stray x
  @Test
  void nestedFieldsAreDottedAndRequiredIsReportedOnTheParent() throws Exception {
    String schema =
        """
        {"type": "object", "required": ["name"], "additionalProperties": false,
         "properties": {"name": {"type": "string", "minLength": 2},
                        "tags": {"type": "array", "items": {"enum": ["a", "b"]}, "maxItems": 3}}}
        """;
    assertEquals(List.of(), errors(schema, "{\"name\": \"ok\", \"tags\": [\"a\"]}"));
    assertEquals(
        List.of(
            new SchemaError("(root)", "required", "name is required"),
            new SchemaError("tags.1", "enum", "tags.1 must be one of the following: \"a\",\"b\""),
            new SchemaError(
                "(root)",
                "additional_property_not_allowed",
                "Additional property x is not allowed")),
        errors(schema, "{\"x\": 1, \"tags\": [\"a\", \"c\"]}"));
    assertEquals(
        "name: String length must be greater than or equal to 2",
        errors(schema, "{\"name\": \"n\"}").get(0).error());
  }

  @Test
  void numbersCombinatorsAndReferences() throws Exception {
    String schema =
        """
        {"definitions": {"small": {"type": "integer", "minimum": 1, "exclusiveMaximum": 10}},
         "anyOf": [{"$ref": "#/definitions/small"}, {"type": "string"}]}
        """;
    assertEquals(List.of(), errors(schema, "5"));
    assertEquals(List.of(), errors(schema, "\"x\""));
    assertEquals(
        List.of(
            new SchemaError(
                "(root)", "number_any_of", "Must validate at least one schema (anyOf)")),
        errors(schema, "10"));
    assertEquals(
        "Invalid type. Expected: integer, given: number",
        errors("{\"type\": \"integer\"}", "1.5").get(0).description());
  }

  @Test
  void aBadSchemaIsRefusedInTheValidatorsWords() {
    SchemaException e =
        assertThrows(SchemaException.class, () -> JsonSchema.of(v("{\"type\": \"text\"}")));
    assertEquals(
        "has a primitive type that is NOT VALID -- given: /text/ Expected valid values are:"
            + "[array boolean integer number null object string]",
        e.getMessage());
  }
}

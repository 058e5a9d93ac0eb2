package io.eksform.sandbox.kubernetes;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The JSON mapper and the small tree helpers the API server shares. */
final class Json {
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static byte[] bytes(JsonNode node) {
    return MAPPER.writeValueAsBytes(node);
  }

  /** Parses a request body, turning malformed JSON into the 400 Kubernetes answers with. */
  static JsonNode parse(byte[] body) throws ApiException {
    if (body.length == 0) {
      throw ApiException.badRequest("the request body is empty: a JSON document is expected");
    }
    try {
      return MAPPER.readTree(body);
    } catch (JacksonException e) {
      throw ApiException.badRequest(
          "the request body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** Parses a YAML request body (a superset of JSON), as Kubernetes accepts for writes. */
  static JsonNode parseYaml(byte[] body) throws ApiException {
    if (body.length == 0) {
      throw ApiException.badRequest("the request body is empty: a YAML document is expected");
    }
    try {
      return YAML.readTree(body);
    } catch (JacksonException e) {
      throw ApiException.badRequest(
          "the request body is not valid YAML: " + e.getOriginalMessage());
    }
  }

  /** The object at {@code field} of {@code parent}, created when absent or not an object. */
  static ObjectNode child(ObjectNode parent, String field) {
    JsonNode existing = parent.get(field);
    if (existing instanceof ObjectNode object) {
      return object;
    }
    ObjectNode created = object();
    parent.set(field, created);
    return created;
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isString() ? value.stringValue() : "";
  }
}

package io.eksform.sandbox.eks;

import io.eksform.sandbox.http.SandboxRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Typed access to a rest-json request body (absent members read as null or empty). */
final class Body {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private final JsonNode node;

  private Body(JsonNode node) {
    this.node = node;
  }

  static Body of(SandboxRequest request) {
    String text = request.bodyText();
    if (text.isBlank()) {
      return new Body(JSON.createObjectNode());
    }
    try {
      JsonNode node = JSON.readTree(text);
      if (!node.isObject()) {
        throw EksErrors.invalidParameter("The request body must be a JSON object.");
      }
      return new Body(node);
    } catch (JacksonException e) {
      throw EksErrors.invalidParameter("The request body is not valid JSON.");
    }
  }

  static Body of(JsonNode node) {
    return new Body(node == null || node.isNull() ? JSON.createObjectNode() : node);
  }

  JsonNode node() {
    return node;
  }

  boolean has(String name) {
    JsonNode v = node.get(name);
    return v != null && !v.isNull();
  }

  Body object(String name) {
    return Body.of(node.get(name));
  }

  String text(String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v.asString();
  }

  /** A text member the operation cannot do without: absent or empty is InvalidParameter. */
  String requiredText(String name) {
    String v = text(name);
    if (v == null || v.isEmpty()) {
      throw EksErrors.required(name);
    }
    return v;
  }

  Integer integer(String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isNumber()) {
      throw EksErrors.invalidParameter("The value of '" + name + "' must be a number.");
    }
    return v.asInt();
  }

  Boolean bool(String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v.asBoolean();
  }

  List<String> strings(String name) {
    List<String> out = new ArrayList<>();
    JsonNode v = node.get(name);
    if (v != null && v.isArray()) {
      for (JsonNode item : v) {
        out.add(item.asString());
      }
    }
    return out;
  }

  List<Body> objects(String name) {
    List<Body> out = new ArrayList<>();
    JsonNode v = node.get(name);
    if (v != null && v.isArray()) {
      for (JsonNode item : v) {
        out.add(Body.of(item));
      }
    }
    return out;
  }

  Map<String, String> map(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode v = node.get(name);
    if (v != null && v.isObject()) {
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        out.put(e.getKey(), e.getValue().asString());
      }
    }
    return out;
  }

  /** The body without the idempotency token, to compare two calls that share a token. */
  String fingerprint() {
    JsonNode copy = node.deepCopy();
    if (copy.isObject()) {
      ((tools.jackson.databind.node.ObjectNode) copy).remove("clientRequestToken");
    }
    return JSON.writeValueAsString(copy);
  }
}

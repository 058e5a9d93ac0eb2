package io.eksform.engine.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** Reads the fields of a change's {@code after} object, failing clearly when one is missing. */
public final class Fields {
  private Fields() {}

  public static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    if (!v.isString() || v.asString().isEmpty()) {
      throw new StepFailedException("the plan gives no '" + field + "' for this change");
    }
    return v.asString();
  }

  public static Optional<String> optionalText(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isString() && !v.asString().isEmpty() ? Optional.of(v.asString()) : Optional.empty();
  }

  /** A JSON object as compact text (policies), or empty when the field is null or absent. */
  public static Optional<String> json(JsonNode node, String field) {
    JsonNode v = node.path(field);
    if (v.isMissingNode() || v.isNull()) {
      return Optional.empty();
    }
    return Optional.of(v.isString() ? v.asString() : v.toString());
  }

  public static List<String> strings(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    node.path(field).forEach(v -> out.add(v.asString()));
    return out;
  }

  public static Map<String, String> map(JsonNode node, String field) {
    Map<String, String> out = new TreeMap<>();
    node.path(field).properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
    return out;
  }
}

package io.eksform.sandbox.scenario;

import io.eksform.sandbox.state.Phase;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The small conversions every part of a scenario needs: absent means empty, JSON, statuses. */
final class Specs {
  /** Created on first use: built-in scenarios written as JSON text never need it. */
  private static final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
  }

  private Specs() {}

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  static <V> Map<String, V> map(Map<String, V> values) {
    return values == null ? Map.of() : values;
  }

  static <T> T or(T value, T fallback) {
    return value == null ? fallback : value;
  }

  /** A policy document as JSON text: a string as written, or YAML structure converted. */
  static String json(Object document) {
    if (document == null) {
      return "{}";
    }
    if (document instanceof String text) {
      return text;
    }
    return Json.MAPPER.writeValueAsString(document);
  }

  /** A document as a tree: JSON text parsed, or YAML structure converted. */
  static JsonNode tree(Object document, String where) {
    if (document instanceof String text) {
      try {
        return Json.MAPPER.readTree(text);
      } catch (JacksonException e) {
        throw new IllegalArgumentException(where + " is not valid JSON: " + e.getOriginalMessage());
      }
    }
    return Json.MAPPER.valueToTree(document);
  }

  /** A lifecycle status as written ({@code ACTIVE} when absent). */
  static Phase phase(String status, String where) {
    if (status == null) {
      return Phase.ACTIVE;
    }
    try {
      return Phase.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where + " has status '" + status + "'; use one of " + Arrays.toString(Phase.values()), e);
    }
  }

  /** A value a scenario must give. */
  static <T> T required(T value, String what) {
    if (value == null || (value instanceof String s && s.isEmpty())) {
      throw new IllegalArgumentException(what + " is missing in the scenario");
    }
    return value;
  }
}

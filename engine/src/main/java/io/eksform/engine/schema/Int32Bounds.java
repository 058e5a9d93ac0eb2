package io.eksform.engine.schema;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bounds every integer of a schema to 32 bits, the size of every count AWS and eksform carry (node
 * group sizes, pods per node, disk sizes...): a larger number is a finding at its line in {@code
 * validate}, and never reaches the planner.
 */
final class Int32Bounds {
  static final long MIN = Integer.MIN_VALUE;
  static final long MAX = Integer.MAX_VALUE;

  private Int32Bounds() {}

  /** Adds the bounds to every subschema of {@code schema} that accepts integers, in place. */
  static void addTo(JsonNode schema) {
    if (schema.isArray()) {
      schema.forEach(Int32Bounds::addTo);
      return;
    }
    if (!(schema instanceof ObjectNode object)) {
      return;
    }
    if (acceptsIntegers(object.path("type"))) {
      if (!object.has("maximum") || object.path("maximum").asDouble() > MAX) {
        object.put("maximum", MAX);
      }
      if (!object.has("minimum") || object.path("minimum").asDouble() < MIN) {
        object.put("minimum", MIN);
      }
    }
    for (JsonNode child : object) {
      addTo(child);
    }
  }

  /** Whether a {@code minimum} or {@code maximum} was added here rather than written by hand. */
  static boolean isBound(JsonNode limit) {
    return limit.isIntegralNumber() && (limit.asLong() == MAX || limit.asLong() == MIN);
  }

  private static boolean acceptsIntegers(JsonNode type) {
    if (type.isString()) {
      return type.asString().equals("integer");
    }
    for (JsonNode each : type) {
      if (each.isString() && each.asString().equals("integer")) {
        return true;
      }
    }
    return false;
  }
}

package io.eksform.sandbox.dynamodb;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Attribute values in their wire form ({@code {"S": "text"}}, {@code {"N": "12"}}, ...): checks
 * that each names exactly one type with a value of the right shape, turns an item's key into the
 * text the table is indexed by, and compares two values as condition expressions do.
 */
final class AttributeValues {
  private static final Set<String> TYPES =
      Set.of("S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS");

  private AttributeValues() {}

  /** Checks every attribute of an item (or a key, or a value map). */
  static void checkAll(ObjectNode attributes) {
    for (Map.Entry<String, JsonNode> e : attributes.properties()) {
      check(e.getValue());
    }
  }

  /** Checks one attribute value; throws ValidationException as DynamoDB words it. */
  static void check(JsonNode value) {
    if (!(value instanceof ObjectNode object) || object.isEmpty()) {
      throw DynamoErrors.validation(
          "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
    }
    if (object.size() > 1) {
      throw DynamoErrors.validation(
          "Supplied AttributeValue has more than one datatypes set, must contain exactly one of"
              + " the supported datatypes");
    }
    String type = object.propertyNames().iterator().next();
    if (!TYPES.contains(type)) {
      throw DynamoErrors.serialization("Unknown attribute value type " + type);
    }
    JsonNode v = object.get(type);
    switch (type) {
      case "S", "B" -> requireString(v);
      case "N" -> number(requireString(v));
      case "BOOL", "NULL" -> {
        if (!v.isBoolean()) {
          throw DynamoErrors.serialization("Expected a boolean for " + type);
        }
      }
      case "M" -> {
        if (!(v instanceof ObjectNode map)) {
          throw DynamoErrors.serialization("Expected a map for M");
        }
        checkAll(map);
      }
      case "L" -> {
        if (!v.isArray()) {
          throw DynamoErrors.serialization("Expected a list for L");
        }
        v.forEach(AttributeValues::check);
      }
      default -> checkSet(type, v);
    }
  }

  private static void checkSet(String type, JsonNode v) {
    if (!v.isArray()) {
      throw DynamoErrors.serialization("Expected a list for " + type);
    }
    if (v.isEmpty()) {
      throw DynamoErrors.invalidParameter("An " + setKind(type) + " set  may not be empty");
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode member : v) {
      String text = requireString(member);
      String canonical = type.equals("NS") ? number(text).toPlainString() : text;
      if (!seen.add(canonical)) {
        throw DynamoErrors.invalidParameter("Input collection " + v + " contains duplicates.");
      }
    }
  }

  private static String setKind(String type) {
    return switch (type) {
      case "NS" -> "number";
      case "BS" -> "binary";
      default -> "string";
    };
  }

  private static String requireString(JsonNode v) {
    if (v == null || !v.isString()) {
      throw DynamoErrors.serialization("NUMBER_VALUE cannot be converted to String");
    }
    return v.stringValue();
  }

  private static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.strip()).stripTrailingZeros();
    } catch (NumberFormatException e) {
      throw DynamoErrors.validation("A value provided cannot be converted into a number");
    }
  }

  /** The type of a checked value ({@code S}, {@code N}, ...). */
  static String typeOf(JsonNode value) {
    return value.propertyNames().iterator().next();
  }

  /**
   * Checks that {@code attributes} hold the table's key with the declared types; when {@code
   * exactKey}, nothing else may be there (GetItem and DeleteItem keys).
   */
  static void checkKey(Table table, ObjectNode attributes, boolean exactKey) {
    List<String> names = table.keyNames();
    if (exactKey && attributes.size() != names.size()) {
      throw DynamoErrors.validation("The provided key element does not match the schema");
    }
    for (String name : names) {
      JsonNode v = attributes.get(name);
      if (v == null) {
        throw exactKey
            ? DynamoErrors.validation("The provided key element does not match the schema")
            : DynamoErrors.invalidParameter("Missing the key " + name + " in the item");
      }
      String expected = table.typeOf(name).orElse("S");
      String actual = typeOf(v);
      if (!expected.equals(actual)) {
        throw exactKey
            ? DynamoErrors.validation("The provided key element does not match the schema")
            : DynamoErrors.invalidParameter(
                "Type mismatch for key " + name + " expected: " + expected + " actual: " + actual);
      }
      if (!expected.equals("N") && v.get(actual).stringValue().isEmpty()) {
        throw DynamoErrors.validation(
            "One or more parameter values are not valid. The AttributeValue for a key attribute"
                + " cannot contain an empty "
                + (expected.equals("S") ? "string" : "binary")
                + " value. Key: "
                + name);
      }
    }
  }

  /** The text an item is indexed by: each key attribute's canonical value, joined. */
  static String keyText(Table table, ObjectNode attributes) {
    StringBuilder out = new StringBuilder();
    for (String name : table.keyNames()) {
      JsonNode v = attributes.get(name);
      String type = typeOf(v);
      String text = v.get(type).stringValue();
      out.append(type.equals("N") ? number(text).toPlainString() : text).append('\u0000');
    }
    return out.toString();
  }

  /** Whether two values are equal as DynamoDB compares them (numbers by value). */
  static boolean same(JsonNode a, JsonNode b) {
    String type = typeOf(a);
    if (!type.equals(typeOf(b))) {
      return false;
    }
    if (type.equals("N")) {
      return number(a.get("N").stringValue()).compareTo(number(b.get("N").stringValue())) == 0;
    }
    return a.equals(b);
  }

  /**
   * Orders two values of the same scalar type (S by code point, N by value, B by its text); null
   * when they cannot be ordered, which makes an ordering comparison false.
   */
  static Integer order(JsonNode a, JsonNode b) {
    String type = typeOf(a);
    if (!type.equals(typeOf(b))) {
      return null;
    }
    return switch (type) {
      case "N" -> number(a.get("N").stringValue()).compareTo(number(b.get("N").stringValue()));
      case "S", "B" -> a.get(type).stringValue().compareTo(b.get(type).stringValue());
      default -> null;
    };
  }
}

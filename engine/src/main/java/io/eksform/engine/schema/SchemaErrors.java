package io.eksform.engine.schema;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.eksform.engine.config.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads what a networknt {@link Error} says: where in the document, and where in the schema. */
final class SchemaErrors {
  private SchemaErrors() {}

  /** The JSON Pointer of the instance location of {@code error}. */
  static String instancePointer(Error error) {
    return toPointer(error.getInstanceLocation());
  }

  static String toPointer(NodePath path) {
    StringBuilder out = new StringBuilder();
    if (path == null) {
      return "";
    }
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      out.append(
          element instanceof Integer n
              ? JsonPointers.child("", n)
              : JsonPointers.child("", String.valueOf(element)));
    }
    return out.toString();
  }

  /** The schema object that holds the failing keyword (the keyword's parent), or a missing node. */
  static JsonNode keywordOwner(JsonNode schemaRoot, Error error) {
    List<String> names = schemaPath(error);
    if (!names.isEmpty()) {
      names.remove(names.size() - 1);
    }
    JsonNode node = schemaRoot;
    for (String name : names) {
      node =
          node.isArray() && name.chars().allMatch(Character::isDigit)
              ? node.path(Integer.parseInt(name))
              : node.path(name);
    }
    return node;
  }

  private static List<String> schemaPath(Error error) {
    List<String> names = new ArrayList<>();
    if (error.getSchemaLocation() == null || error.getSchemaLocation().getFragment() == null) {
      return names;
    }
    NodePath fragment = error.getSchemaLocation().getFragment();
    for (int i = 0; i < fragment.getNameCount(); i++) {
      names.add(String.valueOf(fragment.getElement(i)));
    }
    return names;
  }

  /** A JSON type word for a node, as users know it from YAML: string, number, boolean, ... */
  static String typeWord(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isString()) {
      return "a string";
    }
    if (node.isIntegralNumber()) {
      return "an integer";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    if (node.isArray()) {
      return "a list";
    }
    return "a mapping";
  }

  /** "a string", "a list or a mapping", ... for a schema's {@code type} keyword. */
  static String expectedWords(JsonNode type) {
    List<String> words = new ArrayList<>();
    if (type.isArray()) {
      type.forEach(t -> words.add(word(t.asString())));
    } else if (type.isString()) {
      words.add(word(type.asString()));
    }
    words.remove("null");
    return words.isEmpty() ? "another type" : String.join(" or ", words);
  }

  private static String word(String jsonType) {
    return switch (jsonType) {
      case "string" -> "a string";
      case "integer" -> "an integer";
      case "number" -> "a number";
      case "boolean" -> "a boolean (true or false)";
      case "array" -> "a list";
      case "object" -> "a mapping";
      default -> jsonType;
    };
  }
}

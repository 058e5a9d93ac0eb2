package io.eksform.sandbox.kubernetes;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON patch (RFC 6902): add, remove, replace, move, copy and test at JSON pointers. */
final class JsonPatch {
  private JsonPatch() {}

  /** Applies every operation to a copy of {@code target}; a failing one raises a 422. */
  static JsonNode apply(JsonNode target, JsonNode operations) throws ApiException {
    if (!operations.isArray()) {
      throw ApiException.badRequest("a JSON patch must be an array of operations");
    }
    JsonNode document = target.deepCopy();
    for (JsonNode operation : operations.values()) {
      document = applyOne(document, operation);
    }
    return document;
  }

  private static JsonNode applyOne(JsonNode document, JsonNode operation) throws ApiException {
    String op = Json.text(operation, "op");
    String path = pathOf(operation, "path");
    switch (op) {
      case "add":
        return add(document, path, value(operation));
      case "remove":
        return remove(document, path);
      case "replace":
        return add(remove(document, path), path, value(operation));
      case "move":
        {
          String from = pathOf(operation, "from");
          JsonNode moved = find(document, from).deepCopy();
          return add(remove(document, from), path, moved);
        }
      case "copy":
        return add(document, path, find(document, pathOf(operation, "from")).deepCopy());
      case "test":
        if (!find(document, path).equals(value(operation))) {
          throw failed("testing value " + path + " failed: test failed");
        }
        return document;
      default:
        throw ApiException.badRequest("Unexpected kind: " + op);
    }
  }

  private static JsonNode add(JsonNode document, String path, JsonNode value) throws ApiException {
    if (path.isEmpty()) {
      return value.deepCopy();
    }
    List<String> tokens = tokens(path);
    JsonNode parent = find(document, tokens.subList(0, tokens.size() - 1), path);
    String last = tokens.get(tokens.size() - 1);
    if (parent instanceof ObjectNode object) {
      object.set(last, value.deepCopy());
    } else if (parent instanceof ArrayNode array) {
      int index = last.equals("-") ? array.size() : index(last, array.size(), path);
      array.insert(index, value.deepCopy());
    } else {
      throw failed("doc is missing path: \"" + path + "\": missing value");
    }
    return document;
  }

  private static JsonNode remove(JsonNode document, String path) throws ApiException {
    List<String> tokens = tokens(path);
    if (tokens.isEmpty()) {
      throw failed("unable to remove the whole document");
    }
    JsonNode parent = find(document, tokens.subList(0, tokens.size() - 1), path);
    String last = tokens.get(tokens.size() - 1);
    if (parent instanceof ObjectNode object && object.has(last)) {
      object.remove(last);
    } else if (parent instanceof ArrayNode array) {
      array.remove(index(last, array.size() - 1, path));
    } else {
      throw failed("unable to remove nonexistent key: " + last + ": missing value");
    }
    return document;
  }

  private static JsonNode find(JsonNode document, String path) throws ApiException {
    return find(document, tokens(path), path);
  }

  private static JsonNode find(JsonNode document, List<String> tokens, String path)
      throws ApiException {
    JsonNode node = document;
    for (String token : tokens) {
      JsonNode next =
          node.isArray() ? node.get(index(token, node.size() - 1, path)) : node.get(token);
      if (next == null) {
        throw failed("doc is missing path: \"" + path + "\": missing value");
      }
      node = next;
    }
    return node;
  }

  private static int index(String token, int max, String path) throws ApiException {
    try {
      int index = Integer.parseInt(token);
      if (index >= 0 && index <= max && (token.equals("0") || !token.startsWith("0"))) {
        return index;
      }
    } catch (NumberFormatException e) {
      // reported below with the path
    }
    throw failed("Unable to access invalid index: " + token + " in path " + path);
  }

  /** The unescaped reference tokens of a JSON pointer ("~1" is "/", "~0" is "~"). */
  private static List<String> tokens(String path) throws ApiException {
    List<String> tokens = new ArrayList<>();
    if (path.isEmpty()) {
      return tokens;
    }
    if (!path.startsWith("/")) {
      throw ApiException.badRequest("JSON pointer must start with '/': " + path);
    }
    for (String raw : path.substring(1).split("/", -1)) {
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  private static String pathOf(JsonNode operation, String field) throws ApiException {
    JsonNode path = operation.get(field);
    if (path == null || !path.isString()) {
      throw ApiException.badRequest(
          "operation " + Json.text(operation, "op") + " is missing its \"" + field + "\" string");
    }
    return path.stringValue();
  }

  private static JsonNode value(JsonNode operation) throws ApiException {
    JsonNode value = operation.get("value");
    if (value == null) {
      throw ApiException.badRequest(
          "operation " + Json.text(operation, "op") + " is missing its \"value\"");
    }
    return value;
  }

  private static ApiException failed(String message) {
    return ApiException.unprocessable(message);
  }
}

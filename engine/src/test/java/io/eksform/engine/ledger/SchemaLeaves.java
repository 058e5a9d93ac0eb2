package io.eksform.engine.ledger;

import io.eksform.engine.schema.ClusterConfigSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The leaves of the published ClusterConfig schema, as the ledger writes them ({@code []} for array
 * items, <code>{}</code> for map values), each with the schema node that describes it.
 */
final class SchemaLeaves {
  private final JsonNode definitions;
  private final Map<String, JsonNode> leaves = new TreeMap<>();

  private SchemaLeaves(JsonNode root) {
    this.definitions = root.path("definitions");
    walk(root, "", Set.of());
  }

  /** Leaf path to the schema node of its value. */
  static Map<String, JsonNode> published() {
    try (InputStream in = ClusterConfigSchema.open()) {
      return new SchemaLeaves(JsonMapper.builder().build().readTree(in)).leaves;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void walk(JsonNode node, String path, Set<String> seen) {
    if (node.has("$ref")) {
      String name = node.get("$ref").asString().replaceFirst("^#/definitions/", "");
      if (seen.contains(name)) {
        throw new IllegalStateException("recursive schema at " + path);
      }
      Set<String> deeper = new java.util.HashSet<>(seen);
      deeper.add(name);
      walk(definitions.get(name), path, deeper);
      return;
    }
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
      if (node.has(combinator)) {
        List<JsonNode> parts = new ArrayList<>();
        node.get(combinator).forEach(parts::add);
        for (JsonNode part : parts) {
          walk(part, path, seen);
        }
        return;
      }
    }
    if (node.has("properties")) {
      for (Map.Entry<String, JsonNode> e : node.get("properties").properties()) {
        walk(e.getValue(), path + "/" + e.getKey(), seen);
      }
      if (node.path("additionalProperties").isObject()) {
        walk(node.get("additionalProperties"), path + "/{}", seen);
      }
      return;
    }
    Set<String> types = types(node);
    if (types.contains("object") && node.path("additionalProperties").isObject()) {
      walk(node.get("additionalProperties"), path + "/{}", seen);
    } else if (types.contains("array")) {
      walk(node.path("items"), path + "/[]", seen);
    } else {
      leaves.merge(path, node, (a, b) -> a);
    }
  }

  static Set<String> types(JsonNode node) {
    JsonNode type = node.path("type");
    Set<String> out = new java.util.TreeSet<>();
    if (type.isString()) {
      out.add(type.asString());
    } else {
      type.forEach(t -> out.add(t.asString()));
    }
    return out;
  }
}

package io.eksform.engine.plan;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small builders for the JSON values of a plan, so that keys keep the order they are put in. */
public final class Json {
  public static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  public static final JsonNode NONE = NODES.nullNode();

  private Json() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode strings(Collection<String> values) {
    ArrayNode out = NODES.arrayNode();
    values.forEach(out::add);
    return out;
  }

  public static ObjectNode map(Map<String, String> values) {
    ObjectNode out = NODES.objectNode();
    new java.util.TreeMap<>(values).forEach(out::put);
    return out;
  }

  /** The entries of {@code live} whose keys the config names: what a plan compares for maps. */
  public static Map<String, String> subset(
      Map<String, String> live, Collection<String> wantedKeys) {
    Map<String, String> out = new java.util.TreeMap<>();
    for (String k : wantedKeys) {
      if (live.containsKey(k)) {
        out.put(k, live.get(k));
      }
    }
    return out;
  }

  public static JsonNode text(Optional<String> value) {
    return value.<JsonNode>map(NODES::stringNode).orElse(NONE);
  }

  public static JsonNode number(Optional<Integer> value) {
    return value.<JsonNode>map(NODES::numberNode).orElse(NONE);
  }
}

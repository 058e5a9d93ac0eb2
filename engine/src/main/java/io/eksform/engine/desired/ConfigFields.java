package io.eksform.engine.desired;

import io.eksform.engine.config.JsonPointers;
import io.eksform.engine.config.Position;
import io.eksform.engine.config.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Every value a config sets, with where each part of the config was written, so that a plan can
 * account for each one. Nulls and empty strings set nothing (eksctl reads them as unset) and are
 * left out.
 */
public record ConfigFields(List<ConfigField> values, SourceMap sourceMap) {
  /** No config: what a cluster read for export asks for. */
  public static final ConfigFields NONE =
      new ConfigFields(List.of(), new SourceMap("", Map.of(), Map.of()));

  public ConfigFields {
    values = List.copyOf(values);
  }

  /** The values of a loaded document. */
  public static ConfigFields of(JsonNode tree, SourceMap sourceMap) {
    List<ConfigField> out = new ArrayList<>();
    collect(tree, "", out);
    return new ConfigFields(out, sourceMap);
  }

  /** The value set at {@code pointer}, as text; empty when the config does not set it. */
  public java.util.Optional<String> value(String pointer) {
    return values.stream()
        .filter(v -> v.pointer().equals(pointer))
        .map(ConfigField::value)
        .findFirst();
  }

  /** Where a part of the config was written: its key for a member, else its value. */
  public Position position(String pointer) {
    return sourceMap.keyPosition(pointer);
  }

  private static void collect(JsonNode node, String pointer, List<ConfigField> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), JsonPointers.child(pointer, e.getKey()), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), JsonPointers.child(pointer, i), out);
      }
    } else if (!node.isNull() && !node.isMissingNode() && !node.asString("").isEmpty()) {
      out.add(new ConfigField(pointer, node.asString()));
    }
  }
}

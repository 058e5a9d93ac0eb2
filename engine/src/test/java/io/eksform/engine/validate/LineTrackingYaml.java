package io.eksform.engine.validate;

import io.eksform.engine.config.JsonPointers;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Writes a tree as block-style YAML and remembers the line of every key and value, so that tests
 * know where a finding about a node must point.
 */
final class LineTrackingYaml {
  final StringBuilder text = new StringBuilder();
  final Map<String, Integer> lines = new HashMap<>();
  private int line = 1;

  static LineTrackingYaml of(JsonNode root) {
    LineTrackingYaml out = new LineTrackingYaml();
    out.lines.put("", 1);
    out.mapping(root, "", 0, false);
    return out;
  }

  private void mapping(JsonNode node, String pointer, int indent, boolean firstInline) {
    boolean first = true;
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String child = JsonPointers.child(pointer, e.getKey());
      if (!(first && firstInline)) {
        text.append(" ".repeat(indent));
      }
      if (first) {
        lines.putIfAbsent(pointer, line);
      }
      first = false;
      lines.put(child, line);
      text.append(e.getKey()).append(':');
      value(e.getValue(), child, indent);
    }
  }

  private void value(JsonNode v, String pointer, int indent) {
    if (v.isObject() && !v.isEmpty()) {
      newline();
      mapping(v, pointer, indent + 2, false);
    } else if (v.isArray() && !v.isEmpty()) {
      newline();
      for (int i = 0; i < v.size(); i++) {
        String item = JsonPointers.child(pointer, i);
        JsonNode element = v.get(i);
        text.append(" ".repeat(indent + 2)).append("- ");
        lines.put(item, line);
        if (element.isObject() && !element.isEmpty()) {
          mapping(element, item, indent + 4, true);
        } else {
          text.append(scalar(element));
          newline();
        }
      }
    } else {
      text.append(' ').append(scalar(v));
      newline();
    }
  }

  private void newline() {
    text.append('\n');
    line++;
  }

  private static String scalar(JsonNode v) {
    if (v.isObject()) {
      return "{}";
    }
    if (v.isArray()) {
      return "[]";
    }
    if (v.isString()) {
      return "\"" + v.asString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    return v.toString();
  }
}

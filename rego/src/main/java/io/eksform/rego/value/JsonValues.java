package io.eksform.rego.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Converts between Jackson trees and Rego values, losslessly for numbers. */
public final class JsonValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonValues() {}

  /** A Jackson tree as a Rego value (JSON has no sets; keys are strings). */
  public static Value fromJson(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return NullValue.INSTANCE;
    }
    if (node.isBoolean()) {
      return BooleanValue.of(node.booleanValue());
    }
    if (node.isNumber()) {
      return node.isIntegralNumber()
          ? NumberValue.of(node.bigIntegerValue())
          : NumberValue.of(node.decimalValue());
    }
    if (node.isString()) {
      return StringValue.of(node.stringValue());
    }
    if (node.isArray()) {
      List<Value> out = new ArrayList<>(node.size());
      for (JsonNode e : node) {
        out.add(fromJson(e));
      }
      return new ArrayValue(out);
    }
    if (node.isObject()) {
      TreeMap<Value, Value> out = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        out.put(StringValue.of(e.getKey()), fromJson(e.getValue()));
      }
      return ObjectValue.wrap(out);
    }
    throw new IllegalArgumentException("unsupported JSON node: " + node.getNodeType());
  }

  /** A Rego value as a Jackson tree: sets become sorted arrays, non-string keys their JSON text. */
  public static JsonNode toJson(Value value) {
    if (value instanceof BooleanValue b) {
      return NODES.booleanNode(b.value());
    } else if (value instanceof NumberValue n) {
      return n.isInteger()
          ? NODES.numberNode(n.value().toBigIntegerExact())
          : NODES.numberNode(n.value());
    } else if (value instanceof StringValue s) {
      return NODES.stringNode(s.value());
    } else if (value instanceof ArrayValue a) {
      ArrayNode out = NODES.arrayNode(a.size());
      a.elements().forEach(e -> out.add(toJson(e)));
      return out;
    } else if (value instanceof SetValue s) {
      ArrayNode out = NODES.arrayNode(s.size());
      s.elements().forEach(e -> out.add(toJson(e)));
      return out;
    } else if (value instanceof ObjectValue o) {
      ObjectNode out = NODES.objectNode();
      o.entries().forEach((k, v) -> out.set(ValuePrinter.keyText(k), toJson(v)));
      return out;
    }
    return NODES.nullNode();
  }
}

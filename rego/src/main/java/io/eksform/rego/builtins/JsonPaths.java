package io.eksform.rego.builtins;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.NullValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Paths for {@code json.filter}, {@code json.remove} and {@code json.patch}: either {@code "a/b/0"}
 * (JSON-pointer style, with {@code ~0} and {@code ~1} escapes) or an array of segments.
 */
final class JsonPaths {
  private JsonPaths() {}

  /** One path; a null return means the operand was neither a string nor an array. */
  static List<Value> parse(Value path) {
    if (path instanceof StringValue s) {
      List<Value> out = new ArrayList<>();
      if (s.value().isEmpty()) {
        return out;
      }
      String trimmed = s.value().replaceFirst("^/+", "");
      for (String part : Text.split(trimmed, "/")) {
        out.add(StringValue.of(part.replace("~1", "/").replace("~0", "~")));
      }
      return out;
    }
    if (path instanceof ArrayValue a) {
      return a.elements();
    }
    return null;
  }

  /** The paths of operand 2, as a tree whose leaves are null (a prefix path wins). */
  static ObjectValue tree(String name, Value operand) throws BuiltinException {
    if (!(operand instanceof ArrayValue) && !(operand instanceof SetValue)) {
      throw Operands.typeError(name, 2, operand, "set", "array");
    }
    Node root = new Node();
    for (Value p : Operands.elements(operand)) {
      List<Value> path = parse(p);
      if (path == null) {
        throw Operands.operandError(
            name,
            2,
            "must be one of {set, array} containing string paths or array of path segments but"
                + " got "
                + p.typeName());
      }
      Node node = root;
      for (int i = 0; i < path.size() && node != null; i++) {
        Value key = path.get(i);
        if (i == path.size() - 1) {
          node.children.put(key, null);
        } else if (node.children.containsKey(key)) {
          node = node.children.get(key);
        } else {
          Node child = new Node();
          node.children.put(key, child);
          node = child;
        }
      }
    }
    return root.toValue();
  }

  /** A path tree under construction; a null child is a leaf. */
  private static final class Node {
    final TreeMap<Value, Node> children = new TreeMap<>();

    ObjectValue toValue() {
      TreeMap<Value, Value> out = new TreeMap<>();
      children.forEach((k, v) -> out.put(k, v == null ? NullValue.INSTANCE : v.toValue()));
      return ObjectValue.wrap(out);
    }
  }
}

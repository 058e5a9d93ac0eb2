package io.eksform.rego.builtins.graphql;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Converts AST maps to Rego values as OPA shows them (no positions, no nulls, no empty lists or
 * objects) and back, for ASTs passed in as objects.
 */
final class AstValues {
  private AstValues() {}

  static Value toValue(Object o) {
    if (o instanceof Map<?, ?> m) {
      TreeMap<Value, Value> out = new TreeMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (e.getKey().equals("Position") || e.getValue() == null) {
          continue;
        }
        Value v = toValue(e.getValue());
        if (!isEmpty(v)) {
          out.put(StringValue.of((String) e.getKey()), v);
        }
      }
      return ObjectValue.wrap(out);
    }
    if (o instanceof List<?> l) {
      List<Value> out = new ArrayList<>();
      for (Object e : l) {
        if (e == null) {
          continue;
        }
        Value v = toValue(e);
        if (!isEmpty(v)) {
          out.add(v);
        }
      }
      return new ArrayValue(out);
    }
    if (o instanceof Boolean b) {
      return BooleanValue.of(b);
    }
    if (o instanceof Integer i) {
      return NumberValue.of(i);
    }
    return StringValue.of(String.valueOf(o));
  }

  private static boolean isEmpty(Value v) {
    return v instanceof ObjectValue ov && ov.size() == 0
        || v instanceof ArrayValue av && av.size() == 0;
  }

  /** The AST map for a value given as an AST object (numbers become ints, as value kinds are). */
  static Object fromValue(Value v) {
    if (v instanceof ObjectValue o) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        if (e.getKey() instanceof StringValue k) {
          out.put(k.value(), fromValue(e.getValue()));
        }
      }
      return out;
    }
    if (v instanceof ArrayValue a) {
      List<Object> out = new ArrayList<>();
      for (Value e : a.elements()) {
        out.add(fromValue(e));
      }
      return out;
    }
    if (v instanceof BooleanValue b) {
      return b.value();
    }
    if (v instanceof NumberValue n) {
      return n.intValue().orElse(-1);
    }
    if (v instanceof StringValue s) {
      return s.value();
    }
    return null;
  }
}

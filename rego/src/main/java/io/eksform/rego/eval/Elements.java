package io.eksform.rego.eval;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.Map;

/** Iteration and lookup over Rego collections the way references see them. */
final class Elements {
  private Elements() {}

  /** Receives one key/value pair of a collection; returns true to stop. */
  @FunctionalInterface
  interface PairCont {
    boolean accept(Value key, Value value);
  }

  static boolean isCollection(Value v) {
    return v instanceof ArrayValue || v instanceof ObjectValue || v instanceof SetValue;
  }

  /** Arrays give (index, element), objects (key, value), sets (element, element). */
  static boolean forEach(Value c, PairCont k) {
    if (c instanceof ArrayValue a) {
      for (int i = 0; i < a.size(); i++) {
        if (k.accept(NumberValue.of(i), a.get(i))) {
          return true;
        }
      }
    } else if (c instanceof ObjectValue o) {
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        if (k.accept(e.getKey(), e.getValue())) {
          return true;
        }
      }
    } else if (c instanceof SetValue st) {
      for (Value e : st.elements()) {
        if (k.accept(e, e)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code c[key]}, or null when undefined. */
  static Value lookup(Value c, Value key) {
    if (c instanceof ObjectValue o) {
      return o.get(key);
    }
    if (c instanceof ArrayValue a) {
      if (key instanceof NumberValue n) {
        var i = n.intValue();
        if (i.isPresent() && i.getAsInt() >= 0 && i.getAsInt() < a.size()) {
          return a.get(i.getAsInt());
        }
      }
      return null;
    }
    if (c instanceof SetValue st) {
      return st.contains(key) ? key : null;
    }
    return null;
  }

  /** Lookup into stored data, where a number also finds the key spelled as that number. */
  static Value dataLookup(Value c, Value key) {
    Value v = lookup(c, key);
    if (v == null && key instanceof NumberValue n && c instanceof ObjectValue o) {
      v = o.get(StringValue.of(n.toString()));
    }
    return v;
  }
}

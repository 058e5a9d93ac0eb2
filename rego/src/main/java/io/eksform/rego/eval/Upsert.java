package io.eksform.rego.eval;

import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.Value;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Functional updates of nested objects, for {@code with} and for merging documents. */
final class Upsert {
  private Upsert() {}

  /** {@code base} with the value at {@code path} replaced, creating objects along the way. */
  static Value at(Value base, List<Value> path, Value v) {
    if (path.isEmpty()) {
      return v;
    }
    TreeMap<Value, Value> m = new TreeMap<>();
    if (base instanceof ObjectValue o) {
      m.putAll(o.entries());
    }
    Value key = path.get(0);
    m.put(key, at(m.get(key), path.subList(1, path.size()), v));
    return ObjectValue.wrap(m);
  }

  /** Objects merge deeply, sets unite; otherwise {@code a} (stored data) wins, as in OPA. */
  static Value mergeValues(Value a, Value b) {
    if (a instanceof ObjectValue x && b instanceof ObjectValue y) {
      return merge(x, y);
    }
    if (a instanceof SetValue x && b instanceof SetValue y) {
      TreeSet<Value> out = new TreeSet<>(x.elements());
      out.addAll(y.elements());
      return SetValue.wrap(out);
    }
    return a;
  }

  /** Deep merge; on a clash of non-objects the right side wins. */
  static ObjectValue merge(ObjectValue a, ObjectValue b) {
    TreeMap<Value, Value> m = new TreeMap<>(a.entries());
    for (Map.Entry<Value, Value> e : b.entries().entrySet()) {
      Value old = m.get(e.getKey());
      m.put(e.getKey(), old == null ? e.getValue() : mergeValues(old, e.getValue()));
    }
    return ObjectValue.wrap(m);
  }
}

package io.eksform.rego.builtins;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.NullValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** {@code json.filter}, {@code json.remove} and {@code json.patch}. */
final class JsonPatchBuiltins {
  private JsonPatchBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("json.filter", 2, JsonPatchBuiltins::filter);
    r.add("json.remove", 2, JsonPatchBuiltins::remove);
    r.add("json.patch", 2, JsonPatchBuiltins::patch);
  }

  private static Value filter(BuiltinContext c, List<Value> a) throws BuiltinException {
    ObjectValue obj = Operands.object("json.filter", a, 1);
    return keep(obj, JsonPaths.tree("json.filter", a.get(1)));
  }

  /** Keeps the parts of {@code v} that the path tree names; array indices are string keys. */
  private static Value keep(Value v, Value tree) {
    if (tree instanceof NullValue || !(tree instanceof ObjectValue t)) {
      return v;
    }
    if (v instanceof ObjectValue o) {
      TreeMap<Value, Value> out = new TreeMap<>();
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        Value sub = t.get(e.getKey());
        if (sub != null) {
          out.put(e.getKey(), keep(e.getValue(), sub));
        }
      }
      return ObjectValue.wrap(out);
    }
    if (v instanceof ArrayValue arr) {
      List<Value> out = new ArrayList<>();
      for (int i = 0; i < arr.size(); i++) {
        Value sub = t.get(StringValue.of(Integer.toString(i)));
        if (sub != null) {
          out.add(keep(arr.get(i), sub));
        }
      }
      return new ArrayValue(out);
    }
    if (v instanceof SetValue s) {
      TreeSet<Value> out = new TreeSet<>();
      for (Value e : s.elements()) {
        Value sub = t.get(e);
        if (sub != null) {
          out.add(keep(e, sub));
        }
      }
      return SetValue.wrap(out);
    }
    return v;
  }

  private static Value remove(BuiltinContext c, List<Value> a) throws BuiltinException {
    ObjectValue obj = Operands.object("json.remove", a, 1);
    return drop(obj, JsonPaths.tree("json.remove", a.get(1)));
  }

  /** Removes the leaves of the path tree from {@code v}; null means "removed". */
  private static Value drop(Value v, Value tree) {
    if (tree == null) {
      return v;
    }
    if (tree instanceof NullValue) {
      return null;
    }
    if (!(tree instanceof ObjectValue t)) {
      return v;
    }
    if (v instanceof ObjectValue o) {
      TreeMap<Value, Value> out = new TreeMap<>();
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        Value kept = drop(e.getValue(), t.get(e.getKey()));
        if (kept != null) {
          out.put(e.getKey(), kept);
        }
      }
      return ObjectValue.wrap(out);
    }
    if (v instanceof ArrayValue arr) {
      List<Value> out = new ArrayList<>();
      for (int i = 0; i < arr.size(); i++) {
        Value kept = drop(arr.get(i), t.get(StringValue.of(Integer.toString(i))));
        if (kept != null) {
          out.add(kept);
        }
      }
      return new ArrayValue(out);
    }
    if (v instanceof SetValue s) {
      TreeSet<Value> out = new TreeSet<>();
      for (Value e : s.elements()) {
        Value kept = drop(e, t.get(e));
        if (kept != null) {
          out.add(kept);
        }
      }
      return SetValue.wrap(out);
    }
    return v;
  }

  private static Value patch(BuiltinContext c, List<Value> a) throws BuiltinException {
    ArrayValue ops = Operands.array("json.patch", a, 2);
    return JsonPatch.apply(a.get(0), ops);
  }
}

package io.eksform.rego.builtins;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.Value;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The {@code object.*} builtins: get, keys, union, union_n, remove, filter and subset. */
final class ObjectBuiltins {
  private ObjectBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("object.get", 3, ObjectBuiltins::get);
    r.add(
        "object.keys",
        1,
        (c, a) -> SetValue.of(Operands.object("object.keys", a, 1).entries().keySet()));
    r.add("object.union", 2, ObjectBuiltins::union);
    r.add("object.union_n", 1, ObjectBuiltins::unionN);
    r.add("object.remove", 2, (c, a) -> select("object.remove", a, false));
    r.add("object.filter", 2, (c, a) -> select("object.filter", a, true));
    r.add("object.subset", 2, (c, a) -> Subset.check(a.get(0), a.get(1)));
  }

  private static Value get(BuiltinContext c, List<Value> a) throws BuiltinException {
    ObjectValue obj = Operands.object("object.get", a, 1);
    Value key = a.get(1);
    Value fallback = a.get(2);
    if (!(key instanceof ArrayValue path)) {
      Value v = obj.get(key);
      return v != null ? v : fallback;
    }
    Value current = obj;
    for (Value step : path.elements()) {
      current = child(current, step);
      if (current == null) {
        return fallback;
      }
    }
    return current;
  }

  /** One step of a path into an object, array (by index) or set (by member). */
  static Value child(Value parent, Value step) {
    if (parent instanceof ObjectValue o) {
      return o.get(step);
    }
    if (parent instanceof ArrayValue arr && step instanceof NumberValue n) {
      var i = n.intValue();
      return i.isPresent() && i.getAsInt() >= 0 && i.getAsInt() < arr.size()
          ? arr.get(i.getAsInt())
          : null;
    }
    if (parent instanceof SetValue s && s.contains(step)) {
      return step;
    }
    return null;
  }

  private static Value union(BuiltinContext c, List<Value> a) throws BuiltinException {
    return merge(Operands.object("object.union", a, 1), Operands.object("object.union", a, 2));
  }

  private static Value unionN(BuiltinContext c, List<Value> a) throws BuiltinException {
    ArrayValue arr = Operands.array("object.union_n", a, 1);
    ObjectValue acc = ObjectValue.EMPTY;
    for (Value e : arr.elements()) {
      if (!(e instanceof ObjectValue o)) {
        throw BuiltinException.operand(
            "object.union_n", 1, "array of objects", "array containing " + e.typeName());
      }
      acc = merge(acc, o);
    }
    return acc;
  }

  /** Right wins, except that two objects under one key merge recursively. */
  static ObjectValue merge(ObjectValue left, ObjectValue right) {
    TreeMap<Value, Value> out = new TreeMap<>(left.entries());
    for (Map.Entry<Value, Value> e : right.entries().entrySet()) {
      Value old = out.get(e.getKey());
      if (old instanceof ObjectValue lo && e.getValue() instanceof ObjectValue ro) {
        out.put(e.getKey(), merge(lo, ro));
      } else {
        out.put(e.getKey(), e.getValue());
      }
    }
    return ObjectValue.wrap(out);
  }

  private static Value select(String name, List<Value> a, boolean keep) throws BuiltinException {
    ObjectValue obj = Operands.object(name, a, 1);
    Value keysArg = a.get(1);
    TreeSet<Value> keys;
    if (keysArg instanceof ArrayValue arr) {
      keys = new TreeSet<>(arr.elements());
    } else if (keysArg instanceof SetValue s) {
      keys = new TreeSet<>(s.elements());
    } else if (keysArg instanceof ObjectValue o) {
      keys = new TreeSet<>(o.entries().keySet());
    } else {
      throw Operands.typeError(name, 2, keysArg, "object", "set", "array");
    }
    TreeMap<Value, Value> out = new TreeMap<>();
    for (Map.Entry<Value, Value> e : obj.entries().entrySet()) {
      if (keys.contains(e.getKey()) == keep) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return ObjectValue.wrap(out);
  }

  /** {@code object.subset}: objects recursively, sets by membership, arrays as contiguous runs. */
  static final class Subset {
    private Subset() {}

    static Value check(Value sup, Value sub) throws BuiltinException {
      if (sup instanceof ObjectValue x && sub instanceof ObjectValue y) {
        return BooleanValue.of(objects(x, y));
      }
      if (sup instanceof SetValue x && sub instanceof SetValue y) {
        return BooleanValue.of(x.elements().containsAll(y.elements()));
      }
      if (sup instanceof ArrayValue x && sub instanceof ArrayValue y) {
        return BooleanValue.of(arrays(x, y));
      }
      if (sup instanceof ArrayValue x && sub instanceof SetValue y) {
        int unmatched = y.size();
        for (Value e : x.elements()) {
          if (y.contains(e)) {
            unmatched--;
          }
          if (unmatched == 0) {
            return BooleanValue.TRUE;
          }
        }
        return BooleanValue.FALSE;
      }
      throw new BuiltinException(
          BuiltinException.Code.TYPE_ERROR,
          "object.subset: both arguments object.subset must be of the same type or array and set");
    }

    private static boolean objects(ObjectValue sup, ObjectValue sub) {
      for (Map.Entry<Value, Value> e : sub.entries().entrySet()) {
        Value s = sup.get(e.getKey());
        Value v = e.getValue();
        if (s == null) {
          return false;
        }
        if (s.equals(v)) {
          continue;
        }
        boolean ok;
        if (s instanceof ObjectValue so && v instanceof ObjectValue vo) {
          ok = objects(so, vo);
        } else if (s instanceof SetValue ss && v instanceof SetValue vs) {
          ok = ss.elements().containsAll(vs.elements());
        } else if (s instanceof ArrayValue sa && v instanceof ArrayValue va) {
          ok = arrays(sa, va);
        } else {
          ok = false;
        }
        if (!ok) {
          return false;
        }
      }
      return true;
    }

    private static boolean arrays(ArrayValue sup, ArrayValue sub) {
      return sub.size() <= sup.size()
          && java.util.Collections.indexOfSubList(sup.elements(), sub.elements()) >= 0;
    }
  }
}

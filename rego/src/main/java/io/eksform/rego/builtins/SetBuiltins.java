package io.eksform.rego.builtins;

import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.Value;
import java.util.List;
import java.util.TreeSet;

/** {@code intersection} and {@code union} of a set of sets. */
final class SetBuiltins {
  private SetBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("intersection", 1, SetBuiltins::intersection);
    r.add("union", 1, SetBuiltins::union);
  }

  private static List<SetValue> sets(String name, List<Value> a) throws BuiltinException {
    SetValue outer = Operands.set(name, a, 1);
    List<SetValue> out = new java.util.ArrayList<>();
    for (Value e : outer.elements()) {
      if (!(e instanceof SetValue s)) {
        throw Operands.typeError(name, 1, e, "set");
      }
      out.add(s);
    }
    return out;
  }

  private static Value intersection(BuiltinContext c, List<Value> a) throws BuiltinException {
    List<SetValue> sets = sets("intersection", a);
    if (sets.isEmpty()) {
      return SetValue.EMPTY;
    }
    TreeSet<Value> out = new TreeSet<>(sets.get(0).elements());
    for (SetValue s : sets.subList(1, sets.size())) {
      out.retainAll(s.elements());
    }
    return SetValue.wrap(out);
  }

  private static Value union(BuiltinContext c, List<Value> a) throws BuiltinException {
    TreeSet<Value> out = new TreeSet<>();
    for (SetValue s : sets("union", a)) {
      out.addAll(s.elements());
    }
    return SetValue.wrap(out);
  }
}

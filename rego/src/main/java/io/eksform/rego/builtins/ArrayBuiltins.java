package io.eksform.rego.builtins;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** {@code array.concat}, {@code array.slice}, {@code array.reverse} and {@code array.flatten}. */
final class ArrayBuiltins {
  private ArrayBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("array.concat", 2, ArrayBuiltins::concat);
    r.add("array.slice", 3, ArrayBuiltins::slice);
    r.add("array.reverse", 1, ArrayBuiltins::reverse);
    r.add("array.flatten", 1, ArrayBuiltins::flatten);
  }

  private static Value concat(BuiltinContext c, List<Value> a) throws BuiltinException {
    ArrayValue x = Operands.array("array.concat", a, 1);
    ArrayValue y = Operands.array("array.concat", a, 2);
    List<Value> out = new ArrayList<>(x.elements());
    out.addAll(y.elements());
    return new ArrayValue(out);
  }

  private static Value slice(BuiltinContext c, List<Value> a) throws BuiltinException {
    ArrayValue x = Operands.array("array.slice", a, 1);
    long start = Operands.integer("array.slice", a, 2);
    long stop = Operands.integer("array.slice", a, 3);
    int n = x.size();
    start = Math.max(0, start);
    stop = Math.min(n, stop);
    if (start >= stop) {
      return ArrayValue.EMPTY;
    }
    return new ArrayValue(x.elements().subList((int) start, (int) stop));
  }

  private static Value reverse(BuiltinContext c, List<Value> a) throws BuiltinException {
    List<Value> out = new ArrayList<>(Operands.array("array.reverse", a, 1).elements());
    java.util.Collections.reverse(out);
    return new ArrayValue(out);
  }

  private static Value flatten(BuiltinContext c, List<Value> a) throws BuiltinException {
    List<Value> out = new ArrayList<>();
    flattenInto(out, Operands.array("array.flatten", a, 1));
    return new ArrayValue(out);
  }

  /** Flattens one level only, as OPA does. */
  private static void flattenInto(List<Value> out, ArrayValue x) {
    for (Value e : x.elements()) {
      if (e instanceof ArrayValue inner) {
        out.addAll(inner.elements());
      } else {
        out.add(e);
      }
    }
  }
}

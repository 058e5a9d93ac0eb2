package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Operands.num;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** {@code count}, {@code sum}, {@code product}, {@code max}, {@code min} and {@code sort}. */
final class AggregateBuiltins {
  private AggregateBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("count", 1, AggregateBuiltins::count);
    r.add("sum", 1, (c, a) -> fold("sum", a.get(0), BigDecimal.ZERO, true));
    r.add("product", 1, (c, a) -> fold("product", a.get(0), BigDecimal.ONE, false));
    r.add("max", 1, (c, a) -> extreme("max", a.get(0), true));
    r.add("min", 1, (c, a) -> extreme("min", a.get(0), false));
    r.add("sort", 1, AggregateBuiltins::sort);
  }

  private static Value count(BuiltinContext c, List<Value> a) throws BuiltinException {
    Value v = a.get(0);
    if (v instanceof ArrayValue x) {
      return num(x.size());
    } else if (v instanceof ObjectValue x) {
      return num(x.size());
    } else if (v instanceof SetValue x) {
      return num(x.size());
    } else if (v instanceof StringValue x) {
      return num(x.value().codePointCount(0, x.value().length()));
    }
    throw Operands.typeError("count", 1, v, "array", "object", "set", "string");
  }

  private static List<Value> collection(String name, Value v) throws BuiltinException {
    if (v instanceof ArrayValue || v instanceof SetValue) {
      return Operands.elements(v);
    }
    throw Operands.typeError(name, 1, v, "set", "array");
  }

  private static Value fold(String name, Value v, BigDecimal init, boolean add)
      throws BuiltinException {
    BigDecimal acc = init;
    for (Value e : collection(name, v)) {
      if (!(e instanceof NumberValue n)) {
        throw BuiltinException.operand(
            name, 1, v.typeName() + " of numbers", v.typeName() + " containing " + e.typeName());
      }
      acc = add ? acc.add(n.value()) : acc.multiply(n.value());
    }
    return NumberValue.of(acc);
  }

  private static Value extreme(String name, Value v, boolean max) throws BuiltinException {
    Value best = null;
    for (Value e : collection(name, v)) {
      if (best == null || (max ? e.compareTo(best) > 0 : e.compareTo(best) < 0)) {
        best = e;
      }
    }
    return best;
  }

  private static Value sort(BuiltinContext c, List<Value> a) throws BuiltinException {
    List<Value> out = new ArrayList<>(collection("sort", a.get(0)));
    out.sort(null);
    return new ArrayValue(out);
  }
}

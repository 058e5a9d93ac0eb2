package io.eksform.rego.eval;

import io.eksform.rego.builtins.BuiltinException;
import io.eksform.rego.builtins.BuiltinRegistry;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.Value;
import java.math.BigDecimal;
import java.util.TreeSet;
import java.util.function.BinaryOperator;

/**
 * The operators as builtins under OPA's internal names ({@code plus}, {@code equal}, {@code
 * internal.member_2}, ...) and the builtins that belong to the evaluator ({@code walk}, {@code
 * time.now_ns}).
 */
public final class OperatorBuiltins {
  private OperatorBuiltins() {}

  /** Adds the operators and evaluator builtins to {@code r}, skipping names already present. */
  public static BuiltinRegistry register(BuiltinRegistry r) {
    arith(r, "plus", BigDecimal::add);
    arith(r, "mul", BigDecimal::multiply);
    add(
        r,
        "minus",
        2,
        (c, a) -> {
          if (a.get(0) instanceof SetValue x && a.get(1) instanceof SetValue y) {
            TreeSet<Value> out = new TreeSet<>(x.elements());
            out.removeAll(y.elements());
            return SetValue.wrap(out);
          }
          if (a.get(0) instanceof NumberValue x && a.get(1) instanceof NumberValue y) {
            return NumberValue.of(x.value().subtract(y.value()));
          }
          if (!(a.get(0) instanceof NumberValue) && !(a.get(0) instanceof SetValue)) {
            throw BuiltinException.operand("minus", 1, "one of {number, set}", a.get(0).typeName());
          }
          String want = a.get(0) instanceof NumberValue ? "number" : "set";
          throw BuiltinException.operand("minus", 2, want, a.get(1).typeName());
        });
    add(
        r,
        "div",
        2,
        (c, a) -> {
          BigDecimal x = number("div", a.get(0), 1);
          BigDecimal y = number("div", a.get(1), 2);
          if (y.signum() == 0) {
            throw BuiltinException.builtin("div", "divide by zero");
          }
          return NumberValue.of(BinaryFloat.divide(x, y));
        });
    add(
        r,
        "rem",
        2,
        (c, a) -> {
          BigDecimal x = number("rem", a.get(0), 1);
          BigDecimal y = number("rem", a.get(1), 2);
          NumberValue nx = (NumberValue) a.get(0);
          NumberValue ny = (NumberValue) a.get(1);
          if (!nx.isInteger() || !ny.isInteger()) {
            throw BuiltinException.builtin("rem", "modulo on floating-point number");
          }
          if (y.signum() == 0) {
            throw BuiltinException.builtin("rem", "modulo by zero");
          }
          return NumberValue.of(nx.bigInteger().remainder(ny.bigInteger()));
        });
    add(r, "equal", 2, (c, a) -> BooleanValue.of(a.get(0).equals(a.get(1))));
    add(r, "neq", 2, (c, a) -> BooleanValue.of(!a.get(0).equals(a.get(1))));
    add(r, "lt", 2, (c, a) -> BooleanValue.of(a.get(0).compareTo(a.get(1)) < 0));
    add(r, "lte", 2, (c, a) -> BooleanValue.of(a.get(0).compareTo(a.get(1)) <= 0));
    add(r, "gt", 2, (c, a) -> BooleanValue.of(a.get(0).compareTo(a.get(1)) > 0));
    add(r, "gte", 2, (c, a) -> BooleanValue.of(a.get(0).compareTo(a.get(1)) >= 0));
    add(
        r,
        "and",
        2,
        (c, a) -> {
          SetValue x = set("and", a.get(0), 1);
          SetValue y = set("and", a.get(1), 2);
          TreeSet<Value> out = new TreeSet<>(x.elements());
          out.retainAll(y.elements());
          return SetValue.wrap(out);
        });
    add(
        r,
        "or",
        2,
        (c, a) -> {
          SetValue x = set("or", a.get(0), 1);
          SetValue y = set("or", a.get(1), 2);
          TreeSet<Value> out = new TreeSet<>(x.elements());
          out.addAll(y.elements());
          return SetValue.wrap(out);
        });
    add(r, "internal.member_2", 2, (c, a) -> BooleanValue.of(member(a.get(0), a.get(1))));
    add(
        r,
        "internal.member_3",
        3,
        (c, a) -> {
          Value coll = a.get(2);
          if (coll instanceof SetValue set) {
            return BooleanValue.of(set.contains(a.get(0)) && a.get(0).equals(a.get(1)));
          }
          Value v = Elements.lookup(coll, a.get(0));
          return BooleanValue.of(v != null && v.equals(a.get(1)));
        });
    add(r, "walk", 1, (c, a) -> null);
    add(r, "opa.runtime", 0, (c, a) -> ObjectValue.EMPTY);
    add(
        r,
        "time.now_ns",
        0,
        (c, a) -> {
          java.time.Instant now = c.now();
          return NumberValue.of(
              java.math.BigInteger.valueOf(now.getEpochSecond())
                  .multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                  .add(java.math.BigInteger.valueOf(now.getNano())));
        });
    return r;
  }

  private static boolean member(Value x, Value coll) {
    if (coll instanceof ArrayValue a) {
      return a.elements().contains(x);
    }
    if (coll instanceof SetValue s) {
      return s.contains(x);
    }
    if (coll instanceof ObjectValue o) {
      return o.entries().containsValue(x);
    }
    return false;
  }

  private static void arith(BuiltinRegistry r, String name, BinaryOperator<BigDecimal> op) {
    add(
        r,
        name,
        2,
        (c, a) -> NumberValue.of(op.apply(number(name, a.get(0), 1), number(name, a.get(1), 2))));
  }

  private static void add(
      BuiltinRegistry r, String name, int arity, io.eksform.rego.builtins.BuiltinFunction fn) {
    if (r.find(name).isEmpty()) {
      r.add(name, arity, fn);
    }
  }

  private static BigDecimal number(String name, Value v, int pos) throws BuiltinException {
    if (v instanceof NumberValue n) {
      return n.value();
    }
    throw BuiltinException.operand(name, pos, "number", v.typeName());
  }

  private static SetValue set(String name, Value v, int pos) throws BuiltinException {
    if (v instanceof SetValue s) {
      return s;
    }
    throw BuiltinException.operand(name, pos, "set", v.typeName());
  }
}

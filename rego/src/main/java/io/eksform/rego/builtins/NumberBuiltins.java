package io.eksform.rego.builtins;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code abs}, {@code round}, {@code ceil}, {@code floor}, {@code numbers.range*}, {@code
 * format_int}.
 */
final class NumberBuiltins {
  /** Guards against ranges that would exhaust memory; OPA relies on cancellation instead. */
  static final int MAX_RANGE = 10_000_000;

  private NumberBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("abs", 1, (c, a) -> NumberValue.of(Operands.number("abs", a, 1).value().abs()));
    r.add("round", 1, (c, a) -> rounded("round", a, RoundingMode.HALF_UP));
    r.add("ceil", 1, (c, a) -> rounded("ceil", a, RoundingMode.CEILING));
    r.add("floor", 1, (c, a) -> rounded("floor", a, RoundingMode.FLOOR));
    r.add("numbers.range", 2, (c, a) -> range("numbers.range", a, BigInteger.ONE));
    r.add("numbers.range_step", 3, NumberBuiltins::rangeStep);
    r.add("format_int", 2, NumberBuiltins::formatInt);
  }

  private static Value rounded(String name, List<Value> a, RoundingMode mode)
      throws BuiltinException {
    return NumberValue.of(Operands.number(name, a, 1).value().setScale(0, mode).toBigInteger());
  }

  /** OPA's BigIntOperand: "integer" for a wrong type, "integer number" for a fraction. */
  private static BigInteger bigInt(String name, List<Value> a, int position)
      throws BuiltinException {
    if (!(a.get(position - 1) instanceof NumberValue)) {
      throw Operands.typeError(name, position, a.get(position - 1), "integer");
    }
    return Operands.bigInteger(name, a, position);
  }

  private static Value rangeStep(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "numbers.range_step";
    bigInt(name, a, 1);
    bigInt(name, a, 2);
    BigInteger step = bigInt(name, a, 3);
    if (step.signum() <= 0) {
      throw BuiltinException.builtin(name, "step must be a positive integer");
    }
    return range(name, a, step);
  }

  private static Value range(String name, List<Value> a, BigInteger step) throws BuiltinException {
    BigInteger from = bigInt(name, a, 1);
    BigInteger to = bigInt(name, a, 2);
    boolean up = from.compareTo(to) <= 0;
    BigInteger span = to.subtract(from).abs().divide(step);
    if (span.compareTo(BigInteger.valueOf(MAX_RANGE)) > 0) {
      throw BuiltinException.builtin(name, "range too large: more than " + MAX_RANGE + " numbers");
    }
    List<Value> out = new ArrayList<>(span.intValue() + 1);
    for (BigInteger i = from;
        up ? i.compareTo(to) <= 0 : i.compareTo(to) >= 0;
        i = up ? i.add(step) : i.subtract(step)) {
      out.add(NumberValue.of(i));
    }
    return new ArrayValue(out);
  }

  private static Value formatInt(BuiltinContext c, List<Value> a) throws BuiltinException {
    NumberValue n = Operands.number("format_int", a, 1);
    NumberValue base = Operands.number("format_int", a, 2);
    int radix = base.intValue().orElse(0);
    if (radix != 2 && radix != 8 && radix != 10 && radix != 16) {
      throw Operands.operandError("format_int", 2, "must be one of {2, 8, 10, 16}");
    }
    return StringValue.of(n.value().toBigInteger().toString(radix));
  }
}

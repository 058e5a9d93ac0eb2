package io.eksform.rego.builtins;

import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NullValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** {@code to_number}: null, booleans, numbers and numeric strings to numbers. */
final class CastBuiltins {
  private static final String NAME = "to_number";

  private CastBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add(NAME, 1, CastBuiltins::toNumber);
  }

  private static Value toNumber(BuiltinContext c, List<Value> a) throws BuiltinException {
    Value v = a.get(0);
    if (v instanceof NullValue) {
      return NumberValue.of(0);
    } else if (v instanceof BooleanValue b) {
      return NumberValue.of(b.value() ? 1 : 0);
    } else if (v instanceof NumberValue) {
      return v;
    } else if (v instanceof StringValue s) {
      return parse(s);
    }
    throw Operands.typeError(NAME, 1, v, "null", "boolean", "number", "string");
  }

  private static Value parse(StringValue s) throws BuiltinException {
    String text = s.value();
    String bare = text.replaceFirst("^[+-]+", "").toLowerCase(Locale.ROOT);
    if (bare.equals("inf") || bare.equals("infinity") || bare.equals("nan")) {
      throw Operands.typeError(NAME, 1, s, "valid number string");
    }
    BigDecimal d;
    try {
      if (text.isEmpty() || !text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
        throw new NumberFormatException();
      }
      d = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
    } catch (NumberFormatException | ArithmeticException e) {
      throw BuiltinException.builtin(
          NAME, "strconv.ParseFloat: parsing " + GoQuote.quote(text) + ": invalid syntax");
    }
    if (Double.isInfinite(d.doubleValue())) {
      throw BuiltinException.builtin(
          NAME, "strconv.ParseFloat: parsing " + GoQuote.quote(text) + ": value out of range");
    }
    return NumberValue.of(d);
  }
}

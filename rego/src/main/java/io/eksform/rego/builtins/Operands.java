package io.eksform.rego.builtins;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Operand checks shared by the builtin families, raising OPA's type errors word for word. */
final class Operands {
  private Operands() {}

  /** The operand type error for {@code got}, listing one or several expected types. */
  static BuiltinException typeError(String name, int position, Value got, String... expected) {
    String want =
        expected.length == 1 ? expected[0] : "one of {" + String.join(", ", expected) + "}";
    return BuiltinException.operand(name, position, want, got.typeName());
  }

  /** An operand error with a free-form message: {@code <name>: operand <n> <message>}. */
  static BuiltinException operandError(String name, int position, String message) {
    return new BuiltinException(
        BuiltinException.Code.TYPE_ERROR, name + ": operand " + position + " " + message);
  }

  static String string(String name, List<Value> args, int position) throws BuiltinException {
    Value v = args.get(position - 1);
    if (v instanceof StringValue s) {
      return s.value();
    }
    throw typeError(name, position, v, "string");
  }

  static NumberValue number(String name, List<Value> args, int position) throws BuiltinException {
    Value v = args.get(position - 1);
    if (v instanceof NumberValue n) {
      return n;
    }
    throw typeError(name, position, v, "number");
  }

  static ArrayValue array(String name, List<Value> args, int position) throws BuiltinException {
    Value v = args.get(position - 1);
    if (v instanceof ArrayValue a) {
      return a;
    }
    throw typeError(name, position, v, "array");
  }

  static ObjectValue object(String name, List<Value> args, int position) throws BuiltinException {
    Value v = args.get(position - 1);
    if (v instanceof ObjectValue o) {
      return o;
    }
    throw typeError(name, position, v, "object");
  }

  static SetValue set(String name, List<Value> args, int position) throws BuiltinException {
    Value v = args.get(position - 1);
    if (v instanceof SetValue s) {
      return s;
    }
    throw typeError(name, position, v, "set");
  }

  static boolean bool(String name, List<Value> args, int position) throws BuiltinException {
    Value v = args.get(position - 1);
    if (v instanceof io.eksform.rego.value.BooleanValue b) {
      return b.value();
    }
    throw typeError(name, position, v, "boolean");
  }

  /** An integer operand of any size. */
  static BigInteger bigInteger(String name, List<Value> args, int position)
      throws BuiltinException {
    NumberValue n = number(name, args, position);
    if (!n.isInteger()) {
      throw BuiltinException.operand(name, position, "integer number", "floating-point number");
    }
    return n.bigInteger();
  }

  /** An integer operand that must fit in 64 bits (OPA's IntOperand). */
  static long integer(String name, List<Value> args, int position) throws BuiltinException {
    BigInteger b = bigInteger(name, args, position);
    if (b.bitLength() > 63) {
      throw BuiltinException.operand(name, position, "integer number", "floating-point number");
    }
    return b.longValue();
  }

  /** {@link #integer} clamped into int range, for counts and indexes that cannot exceed it. */
  static int clampedInteger(String name, List<Value> args, int position) throws BuiltinException {
    long v = integer(name, args, position);
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
  }

  /** The elements of an array or set, in order. */
  static List<Value> elements(Value v) {
    if (v instanceof ArrayValue a) {
      return a.elements();
    }
    if (v instanceof SetValue s) {
      return new ArrayList<>(s.elements());
    }
    throw new IllegalArgumentException("not a collection: " + v.typeName());
  }

  /**
   * A string, or an array or set of strings, as a list (OPA's StringSliceOperand for collections).
   */
  static List<String> strings(String name, int position, Value v) throws BuiltinException {
    List<String> out = new ArrayList<>();
    for (Value e : elements(v)) {
      if (!(e instanceof StringValue s)) {
        throw BuiltinException.operand(
            name,
            position,
            v.typeName() + " of strings",
            v.typeName() + " containing " + e.typeName());
      }
      out.add(s.value());
    }
    return out;
  }

  static StringValue str(String s) {
    return StringValue.of(s);
  }

  static NumberValue num(long n) {
    return NumberValue.of(n);
  }

  static NumberValue num(BigInteger n) {
    return NumberValue.of(n);
  }
}

package io.eksform.rego.builtins;

import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.Value;
import java.math.BigInteger;
import java.util.List;
import java.util.function.BinaryOperator;

/** The {@code bits.*} builtins on integers of any size, with two's complement semantics. */
final class BitsBuiltins {
  /** Shifting further than this would build absurdly large numbers. */
  private static final int MAX_SHIFT = 1 << 20;

  private BitsBuiltins() {}

  static void register(BuiltinRegistry r) {
    binary(r, "bits.or", BigInteger::or);
    binary(r, "bits.and", BigInteger::and);
    binary(r, "bits.xor", BigInteger::xor);
    r.add(
        "bits.negate", 1, (c, a) -> NumberValue.of(Operands.bigInteger("bits.negate", a, 1).not()));
    r.add("bits.lsh", 2, (c, a) -> shift("bits.lsh", a, true));
    r.add("bits.rsh", 2, (c, a) -> shift("bits.rsh", a, false));
  }

  private static void binary(BuiltinRegistry r, String name, BinaryOperator<BigInteger> op) {
    r.add(
        name,
        2,
        (c, a) ->
            NumberValue.of(
                op.apply(Operands.bigInteger(name, a, 1), Operands.bigInteger(name, a, 2))));
  }

  private static Value shift(String name, List<Value> a, boolean left) throws BuiltinException {
    BigInteger x = Operands.bigInteger(name, a, 1);
    BigInteger n = Operands.bigInteger(name, a, 2);
    if (n.signum() < 0) {
      throw BuiltinException.operand(name, 2, "an unsigned integer number", "a negative integer");
    }
    if (n.bitLength() > 31 || n.intValue() > MAX_SHIFT) {
      if (!left) {
        return NumberValue.of(x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO);
      }
      throw BuiltinException.builtin(name, "shift amount too large");
    }
    return NumberValue.of(left ? x.shiftLeft(n.intValue()) : x.shiftRight(n.intValue()));
  }
}

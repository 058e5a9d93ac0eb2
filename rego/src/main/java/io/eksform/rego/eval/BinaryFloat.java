package io.eksform.rego.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Division as OPA computes it: both operands and the quotient are rounded to binary floats with a
 * 64-bit mantissa (Go's {@code big.Float} default precision), and the result is the shortest
 * decimal that reads back as the same float.
 */
final class BinaryFloat {
  private static final int BITS = 64;

  /** {@code m * 2^e}, with {@code m} of exactly {@link #BITS} bits (or zero). */
  private record Bin(BigInteger m, int e) {
    BigDecimal exact() {
      BigDecimal v = new BigDecimal(m);
      return e >= 0
          ? v.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(e)))
          : v.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-e)));
    }
  }

  private BinaryFloat() {}

  static BigDecimal divide(BigDecimal x, BigDecimal y) {
    Bin a = of(x.abs());
    Bin b = of(y.abs());
    int sign = x.signum() * y.signum();
    if (sign == 0) {
      return BigDecimal.ZERO;
    }
    Bin q = quotient(a.m(), b.m(), a.e() - b.e());
    BigDecimal exact = q.exact();
    for (int digits = 1; digits <= 40; digits++) {
      BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (of(candidate).equals(q)) {
        return sign < 0 ? candidate.negate() : candidate;
      }
    }
    return sign < 0 ? exact.negate() : exact;
  }

  /** The nearest binary float to {@code v >= 0}, ties to even. */
  private static Bin of(BigDecimal v) {
    BigInteger unscaled = v.unscaledValue();
    int scale = v.scale();
    BigInteger num = scale <= 0 ? unscaled.multiply(BigInteger.TEN.pow(-scale)) : unscaled;
    BigInteger den = scale <= 0 ? BigInteger.ONE : BigInteger.TEN.pow(scale);
    return quotient(num, den, 0);
  }

  /** The nearest binary float to {@code num / den * 2^exp}. */
  private static Bin quotient(BigInteger num, BigInteger den, int exp) {
    if (num.signum() == 0) {
      return new Bin(BigInteger.ZERO, 0);
    }
    int shift = BITS - (num.bitLength() - den.bitLength()) + 1;
    BigInteger scaledNum = shift >= 0 ? num.shiftLeft(shift) : num;
    BigInteger scaledDen = shift >= 0 ? den : den.shiftLeft(-shift);
    BigInteger[] qr = scaledNum.divideAndRemainder(scaledDen);
    BigInteger q = qr[0];
    boolean sticky = qr[1].signum() != 0;
    int e = exp - shift;
    while (q.bitLength() > BITS) {
      int drop = q.bitLength() - BITS;
      BigInteger dropped = q.and(BigInteger.ONE.shiftLeft(drop).subtract(BigInteger.ONE));
      BigInteger half = BigInteger.ONE.shiftLeft(drop - 1);
      q = q.shiftRight(drop);
      e += drop;
      int cmp = dropped.compareTo(half);
      if (cmp > 0 || (cmp == 0 && (sticky || q.testBit(0)))) {
        q = q.add(BigInteger.ONE);
      }
      sticky = false;
    }
    return new Bin(q, e);
  }
}

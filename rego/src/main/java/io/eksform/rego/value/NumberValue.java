package io.eksform.rego.value;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A Rego number of arbitrary precision. Equality is by value ({@code 1 == 1.0}); the stored decimal
 * is kept as written so that printing can follow OPA.
 */
public final class NumberValue implements Value {
  private final BigDecimal value;
  private final String exponentLiteral; // 2e308 as written: OPA prints it so, not as digits
  private int hash; // 0: not computed yet (a racy but idempotent cache, as String's)

  private NumberValue(BigDecimal value) {
    this(value, null);
  }

  private NumberValue(BigDecimal value, String exponentLiteral) {
    this.value = value;
    this.exponentLiteral = exponentLiteral;
  }

  public static NumberValue of(BigDecimal value) {
    return new NumberValue(value);
  }

  public static NumberValue of(long value) {
    if (value >= 0 && value < SMALL.length) {
      return SMALL[(int) value];
    }
    return new NumberValue(BigDecimal.valueOf(value));
  }

  // Array indexes and counts: the numbers evaluation creates most, shared.
  private static final NumberValue[] SMALL = new NumberValue[1024];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new NumberValue(BigDecimal.valueOf(i));
    }
  }

  public static NumberValue of(BigInteger value) {
    return new NumberValue(new BigDecimal(value));
  }

  /** Parses a JSON or Rego number literal such as {@code 12}, {@code -1.5e3}. */
  public static NumberValue parse(String literal) {
    boolean exponent = literal.indexOf('e') >= 0 || literal.indexOf('E') >= 0;
    return new NumberValue(new BigDecimal(literal), exponent ? literal : null);
  }

  /** True for a literal written with an exponent, such as {@code 2e308}, kept as written. */
  public boolean writtenWithExponent() {
    return exponentLiteral != null;
  }

  public BigDecimal value() {
    return value;
  }

  /** True when the number has no fractional part. */
  public boolean isInteger() {
    return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
  }

  /** The value as a BigInteger; callers check {@link #isInteger()} first. */
  public BigInteger bigInteger() {
    return value.toBigIntegerExact();
  }

  /** The value as an int when it is an integer in int range, otherwise empty. */
  public java.util.OptionalInt intValue() {
    if (!isInteger()) {
      return java.util.OptionalInt.empty();
    }
    try {
      return java.util.OptionalInt.of(value.intValueExact());
    } catch (ArithmeticException e) {
      return java.util.OptionalInt.empty();
    }
  }

  @Override
  public int typeRank() {
    return 2;
  }

  @Override
  public String typeName() {
    return "number";
  }

  @Override
  public int compareSameType(Value other) {
    return value.compareTo(((NumberValue) other).value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NumberValue n && value.compareTo(n.value) == 0;
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
      hash = h;
    }
    return h;
  }

  /** OPA's text for a number: integers without a fraction, others in plain decimal notation. */
  @Override
  public String toString() {
    return exponentLiteral != null ? exponentLiteral : ValuePrinter.number(value);
  }
}

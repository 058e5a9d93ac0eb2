package io.eksform.rego.value;

/** A Rego boolean; {@code false} sorts before {@code true}. */
public record BooleanValue(boolean value) implements Value {
  public static final BooleanValue TRUE = new BooleanValue(true);
  public static final BooleanValue FALSE = new BooleanValue(false);

  public static BooleanValue of(boolean value) {
    return value ? TRUE : FALSE;
  }

  @Override
  public int typeRank() {
    return 1;
  }

  @Override
  public String typeName() {
    return "boolean";
  }

  @Override
  public int compareSameType(Value other) {
    return Boolean.compare(value, ((BooleanValue) other).value);
  }

  @Override
  public String toString() {
    return Boolean.toString(value);
  }
}

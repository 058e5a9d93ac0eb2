package io.eksform.rego.value;

/** The Rego {@code null}. */
public record NullValue() implements Value {
  public static final NullValue INSTANCE = new NullValue();

  @Override
  public int typeRank() {
    return 0;
  }

  @Override
  public String typeName() {
    return "null";
  }

  @Override
  public int compareSameType(Value other) {
    return 0;
  }

  @Override
  public String toString() {
    return "null";
  }
}

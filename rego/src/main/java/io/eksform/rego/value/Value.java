package io.eksform.rego.value;

/**
 * A Rego value. Values are immutable and totally ordered the way OPA orders them: null &lt; boolean
 * &lt; number &lt; string &lt; array &lt; object &lt; set.
 */
public sealed interface Value extends Comparable<Value>
    permits NullValue, BooleanValue, NumberValue, StringValue, ArrayValue, ObjectValue, SetValue {

  /** Position of this value's type in OPA's cross-type order (null is 0, set is 6). */
  int typeRank();

  /** OPA's {@code type_name}: "null", "boolean", "number", "string", "array", "object", "set". */
  String typeName();

  /** Compares two values of the same type; callers guarantee {@code other} has the same rank. */
  int compareSameType(Value other);

  @Override
  default int compareTo(Value other) {
    if (other == this) {
      return 0;
    }
    int byType = Integer.compare(typeRank(), other.typeRank());
    return byType != 0 ? byType : compareSameType(other);
  }

  /** This value in Rego literal syntax, as {@code sprintf("%v")} prints it. */
  default String toRego() {
    return ValuePrinter.rego(this);
  }

  /** This value as JSON text with sets as sorted arrays and non-string keys as their JSON text. */
  default String toJsonText() {
    return ValuePrinter.json(this);
  }
}

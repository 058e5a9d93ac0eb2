package io.eksform.rego.value;

import java.util.List;

/** A Rego array: ordered, compared element by element and then by length. */
public record ArrayValue(List<Value> elements) implements Value {
  public static final ArrayValue EMPTY = new ArrayValue(List.of());

  public ArrayValue {
    elements = List.copyOf(elements);
  }

  public static ArrayValue of(Value... elements) {
    return new ArrayValue(List.of(elements));
  }

  public int size() {
    return elements.size();
  }

  public Value get(int index) {
    return elements.get(index);
  }

  @Override
  public int typeRank() {
    return 4;
  }

  @Override
  public String typeName() {
    return "array";
  }

  @Override
  public int compareSameType(Value other) {
    List<Value> b = ((ArrayValue) other).elements;
    int n = Math.min(elements.size(), b.size());
    for (int i = 0; i < n; i++) {
      int c = elements.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(elements.size(), b.size());
  }

  @Override
  public String toString() {
    return toRego();
  }
}

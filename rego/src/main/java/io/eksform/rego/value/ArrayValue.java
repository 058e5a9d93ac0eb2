package io.eksform.rego.value;

import java.util.List;

/**
 * A Rego array: ordered, compared element by element and then by length. Its hash is computed once,
 * since arrays are immutable and often serve as cache keys.
 */
public final class ArrayValue implements Value {
  public static final ArrayValue EMPTY = new ArrayValue(List.of());

  private final List<Value> elements;
  private int hash; // 0: not computed yet (a racy but idempotent cache, as String's)

  public ArrayValue(List<Value> elements) {
    this.elements = List.copyOf(elements);
  }

  public static ArrayValue of(Value... elements) {
    return new ArrayValue(List.of(elements));
  }

  public List<Value> elements() {
    return elements;
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
    if (other == this) {
      return 0;
    }
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
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    return o instanceof ArrayValue other
        && other.elements.size() == elements.size()
        && (hash == 0 || other.hash == 0 || hash == other.hash)
        && elements.equals(other.elements);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = elements.hashCode();
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return toRego();
  }
}

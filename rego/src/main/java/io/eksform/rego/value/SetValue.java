package io.eksform.rego.value;

import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.NavigableSet;
import java.util.TreeSet;

/** A Rego set, kept sorted in OPA's order; compared by its sorted elements. */
public final class SetValue implements Value {
  public static final SetValue EMPTY = new SetValue(new TreeSet<>());

  private final NavigableSet<Value> elements;
  private int hash; // 0: not computed yet (a racy but idempotent cache, as String's)

  private SetValue(NavigableSet<Value> elements) {
    this.elements = Collections.unmodifiableNavigableSet(elements);
  }

  public static SetValue of(Collection<? extends Value> elements) {
    return new SetValue(new TreeSet<>(elements));
  }

  public static SetValue of(Value... elements) {
    return of(java.util.List.of(elements));
  }

  /** Wraps a set the caller hands over and never touches again (no copy). */
  public static SetValue wrap(TreeSet<Value> owned) {
    return new SetValue(owned);
  }

  public NavigableSet<Value> elements() {
    return elements;
  }

  public boolean contains(Value v) {
    return elements.contains(v);
  }

  public int size() {
    return elements.size();
  }

  @Override
  public int typeRank() {
    return 6;
  }

  @Override
  public String typeName() {
    return "set";
  }

  @Override
  public int compareSameType(Value other) {
    if (other == this) {
      return 0;
    }
    Iterator<Value> a = elements.iterator();
    Iterator<Value> b = ((SetValue) other).elements.iterator();
    while (a.hasNext() && b.hasNext()) {
      int c = a.next().compareTo(b.next());
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(a.hasNext(), b.hasNext());
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    return o instanceof SetValue other
        && other.size() == size()
        && (hash == 0 || other.hash == 0 || hash == other.hash)
        && compareSameType(other) == 0;
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

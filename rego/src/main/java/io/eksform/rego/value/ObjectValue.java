package io.eksform.rego.value;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A Rego object. Keys may be any value; entries are kept sorted by key in OPA's order, so two equal
 * objects iterate identically. Compared by their sorted key/value pairs; the hash is computed once,
 * since objects (the input above all) often serve as cache keys.
 */
public final class ObjectValue implements Value {
  public static final ObjectValue EMPTY = new ObjectValue(new TreeMap<>());

  private final NavigableMap<Value, Value> entries;
  private int hash; // 0: not computed yet (a racy but idempotent cache, as String's)

  private ObjectValue(NavigableMap<Value, Value> entries) {
    this.entries = Collections.unmodifiableNavigableMap(entries);
  }

  /** Copies {@code entries} into a new object. */
  public static ObjectValue of(Map<? extends Value, ? extends Value> entries) {
    return new ObjectValue(new TreeMap<>(entries));
  }

  /** Wraps a map the caller hands over and never touches again (no copy). */
  public static ObjectValue wrap(TreeMap<Value, Value> owned) {
    return new ObjectValue(owned);
  }

  public NavigableMap<Value, Value> entries() {
    return entries;
  }

  public Value get(Value key) {
    return entries.get(key);
  }

  /** Looks up a string key. */
  public Value get(String key) {
    return entries.get(StringValue.of(key));
  }

  public int size() {
    return entries.size();
  }

  @Override
  public int typeRank() {
    return 5;
  }

  @Override
  public String typeName() {
    return "object";
  }

  @Override
  public int compareSameType(Value other) {
    if (other == this) {
      return 0;
    }
    Iterator<Map.Entry<Value, Value>> a = entries.entrySet().iterator();
    Iterator<Map.Entry<Value, Value>> b = ((ObjectValue) other).entries.entrySet().iterator();
    while (a.hasNext() && b.hasNext()) {
      Map.Entry<Value, Value> x = a.next();
      Map.Entry<Value, Value> y = b.next();
      int c = x.getKey().compareTo(y.getKey());
      if (c != 0) {
        return c;
      }
      c = x.getValue().compareTo(y.getValue());
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
    return o instanceof ObjectValue other
        && other.size() == size()
        && (hash == 0 || other.hash == 0 || hash == other.hash)
        && compareSameType(other) == 0;
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = entries.hashCode();
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return toRego();
  }
}

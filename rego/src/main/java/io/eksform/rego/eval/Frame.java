package io.eksform.rego.eval;

import io.eksform.rego.value.Value;
import java.util.Arrays;

/**
 * The variable bindings of one rule body or query; a binding is undone when its branch ends.
 * Bindings nest strictly (each lasts for its continuation), so they live on a stack; a body binds a
 * handful of variables, which a scan from the top finds faster than hashing would.
 */
final class Frame {
  private static final String[] NO_NAMES = {};
  private static final Value[] NO_VALUES = {};

  // Allocated on the first binding: many bodies fail before they bind anything.
  private String[] names = NO_NAMES;
  private Value[] values = NO_VALUES;
  private int size;

  Value get(String name) {
    int h = name.hashCode();
    for (int i = size - 1; i >= 0; i--) {
      String n = names[i];
      if (n == name || (n.hashCode() == h && n.equals(name))) {
        return values[i];
      }
    }
    return null;
  }

  /** The number of bindings in force, for {@link #reset}. */
  int size() {
    return size;
  }

  /** Binds {@code name} until {@link #reset} to a size below this binding's. */
  void push(String name, Value v) {
    if (size == names.length) {
      int grown = size == 0 ? 4 : size * 2;
      names = Arrays.copyOf(names, grown);
      values = Arrays.copyOf(values, grown);
    }
    names[size] = name;
    values[size] = v;
    size++;
  }

  /** Undoes the bindings made since the frame had {@code mark} of them. */
  void reset(int mark) {
    for (int i = mark; i < size; i++) {
      names[i] = null;
      values[i] = null;
    }
    size = mark;
  }

  /** Binds {@code name} for the duration of {@code k}. */
  boolean bind(String name, Value v, Cont k) {
    int at = size;
    push(name, v);
    try {
      return k.run();
    } finally {
      reset(at);
    }
  }
}

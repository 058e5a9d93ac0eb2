package io.eksform.rego.eval;

import io.eksform.rego.value.Value;
import java.util.HashMap;
import java.util.Map;

/** The variable bindings of one rule body or query; a binding is undone when its branch ends. */
final class Frame {
  private final Map<String, Value> vars = new HashMap<>();

  Value get(String name) {
    return vars.get(name);
  }

  /** Binds {@code name} for the duration of {@code k}. */
  boolean bind(String name, Value v, Cont k) {
    vars.put(name, v);
    try {
      return k.run();
    } finally {
      vars.remove(name);
    }
  }

  Map<String, Value> snapshot() {
    return Map.copyOf(vars);
  }
}

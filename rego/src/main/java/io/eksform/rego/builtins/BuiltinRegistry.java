package io.eksform.rego.builtins;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The builtins known by name. Families add themselves through {@link #add}. */
public final class BuiltinRegistry {
  private final Map<String, Builtin> byName = new TreeMap<>();

  /** Registers a builtin; a second registration under the same name is a programming error. */
  public BuiltinRegistry add(String name, int arity, BuiltinFunction function) {
    if (byName.putIfAbsent(name, new Builtin(name, arity, function)) != null) {
      throw new IllegalStateException("builtin registered twice: " + name);
    }
    return this;
  }

  public Optional<Builtin> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public Map<String, Builtin> all() {
    return Collections.unmodifiableMap(byName);
  }
}

package io.eksform.rego.eval;

import io.eksform.rego.compile.RuleNode;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one evaluation sees: the input, the base data, the {@code with} replacements in force and a
 * cache of rule values. Each {@code with} opens a new scope with an empty cache, so cached values
 * never leak across scopes.
 */
final class Scope {
  /** A replacement for a function: a constant value or another function's name. */
  record Mock(Value value, String function) {}

  static final Object UNDEFINED = new Object();

  final Value input;
  final ObjectValue data;
  final Map<List<Value>, Value> overrides;
  final Map<String, Mock> mocks;
  final Map<Object, Object> cache = new HashMap<>();

  /** The documents of rule-tree nodes computed in this scope, by node (a node has one path). */
  final Map<RuleNode, Object> documents = new IdentityHashMap<>();

  final Set<Object> inProgress = new HashSet<>();

  Scope(Value input, ObjectValue data, Map<List<Value>, Value> overrides, Map<String, Mock> mocks) {
    this.input = input;
    this.data = data;
    this.overrides = overrides;
    this.mocks = mocks;
  }
}

package io.eksform.rego.compile;

import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A node of the rule tree: one path under {@code data}, the rules defined exactly there and the
 * nodes below. Packages are nodes without rules.
 */
public final class RuleNode {
  private final List<Value> path;
  private final TreeMap<Value, RuleNode> children = new TreeMap<>();
  // The same children by hash: lookups during evaluation are hot and need no order.
  private final HashMap<Value, RuleNode> index = new HashMap<>();
  private final List<CompiledRule> rules = new ArrayList<>();
  // Read-only views, made once: evaluation asks for them often.
  private final NavigableMap<Value, RuleNode> childrenView =
      Collections.unmodifiableNavigableMap(children);
  private final List<CompiledRule> rulesView = Collections.unmodifiableList(rules);
  private CompiledRule defaultRule;
  private RuleKind kind;
  private int arity = -1;

  RuleNode(List<Value> path) {
    this.path = List.copyOf(path);
  }

  public List<Value> path() {
    return path;
  }

  /** {@code data.a.b} for this node. */
  public String name() {
    StringBuilder out = new StringBuilder("data");
    for (Value v : path) {
      out.append(v instanceof StringValue s ? "." + s.value() : "[" + v.toRego() + "]");
    }
    return out.toString();
  }

  public NavigableMap<Value, RuleNode> children() {
    return childrenView;
  }

  public RuleNode child(Value key) {
    return index.get(key);
  }

  RuleNode childOrCreate(Value key) {
    RuleNode existing = children.get(key);
    if (existing != null) {
      return existing;
    }
    List<Value> p = new ArrayList<>(path);
    p.add(key);
    RuleNode created = new RuleNode(p);
    children.put(key, created);
    index.put(key, created);
    return created;
  }

  public List<CompiledRule> rules() {
    return rulesView;
  }

  void addRule(CompiledRule rule) {
    rules.add(rule);
  }

  void replaceRules(List<CompiledRule> replacement) {
    rules.clear();
    rules.addAll(replacement);
  }

  public CompiledRule defaultRule() {
    return defaultRule;
  }

  void setDefaultRule(CompiledRule rule) {
    this.defaultRule = rule;
  }

  /** The kind of the rules here, or null for a package or intermediate node. */
  public RuleKind kind() {
    return kind;
  }

  void setKind(RuleKind kind) {
    this.kind = kind;
  }

  public boolean hasRules() {
    return kind != null;
  }

  public boolean isFunction() {
    return kind == RuleKind.FUNCTION;
  }

  /** Number of arguments of a function node. */
  public int arity() {
    return arity;
  }

  void setArity(int arity) {
    this.arity = arity;
  }

  /** The node at {@code keys} below this one, or null. */
  public RuleNode find(List<Value> keys) {
    RuleNode n = this;
    for (Value k : keys) {
      n = n.index.get(k);
      if (n == null) {
        return null;
      }
    }
    return n;
  }

  /** True when no rule is defined at or below this node. */
  public boolean isEmptyPackage() {
    return kind == null && children.values().stream().allMatch(RuleNode::isEmptyPackage);
  }
}

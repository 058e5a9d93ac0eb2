package io.eksform.rego.compile;

import io.eksform.rego.ast.Body;
import io.eksform.rego.builtins.BuiltinRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The result of compiling a set of modules: the rule tree rooted at {@code data}, the builtins it
 * may call and the unavailable builtins some module mocks. Immutable once built, apart from a
 * thread-safe memo of facts derived from syntax nodes during evaluation (a call's resolved target).
 */
public final class CompiledPolicy {
  private final RuleNode root;
  private final BuiltinRegistry builtins;
  private final Set<String> mocked;
  private final ConcurrentHashMap<Identity, Object> derived = new ConcurrentHashMap<>();

  /** A syntax node as a map key by identity: equal-looking nodes elsewhere are other nodes. */
  private record Identity(Object node) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Identity other && other.node == node;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(node);
    }
  }

  CompiledPolicy(RuleNode root, BuiltinRegistry builtins, Set<String> mocked) {
    this.root = root;
    this.builtins = builtins;
    this.mocked = Set.copyOf(mocked);
  }

  public RuleNode root() {
    return root;
  }

  public BuiltinRegistry builtins() {
    return builtins;
  }

  /** Compiles a query against this policy: names checked, literals reordered for safety. */
  public Body compileQuery(Body query) {
    return new Compiler(builtins).query(query, this);
  }

  /**
   * A fact about {@code node} computed once per policy by {@code compute}, which must depend on the
   * node and this policy only.
   */
  @SuppressWarnings("unchecked")
  public <N, T> T derived(N node, Function<N, T> compute) {
    Identity key = new Identity(node);
    Object v = derived.get(key);
    if (v == null) {
      v = compute.apply(node);
      Object raced = derived.putIfAbsent(key, v);
      if (raced != null) {
        v = raced;
      }
    }
    return (T) v;
  }

  Set<String> mocked() {
    return mocked;
  }

  /** The function node at a {@code data.a.f} name, or null. */
  RuleNode function(String dotted) {
    return Compiler.nodeAt(root, dotted);
  }
}

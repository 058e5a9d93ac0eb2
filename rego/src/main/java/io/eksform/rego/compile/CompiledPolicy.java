package io.eksform.rego.compile;

import io.eksform.rego.ast.Body;
import io.eksform.rego.builtins.BuiltinRegistry;
import java.util.Set;

/**
 * The result of compiling a set of modules: the rule tree rooted at {@code data}, the builtins it
 * may call and the unavailable builtins some module mocks. Immutable once built.
 */
public final class CompiledPolicy {
  private final RuleNode root;
  private final BuiltinRegistry builtins;
  private final Set<String> mocked;

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

  Set<String> mocked() {
    return mocked;
  }

  /** The function node at a {@code data.a.f} name, or null. */
  RuleNode function(String dotted) {
    return Compiler.nodeAt(root, dotted);
  }
}

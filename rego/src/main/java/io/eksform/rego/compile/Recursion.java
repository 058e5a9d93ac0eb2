package io.eksform.rego.compile;

import io.eksform.rego.ast.Body;
import io.eksform.rego.ast.Call;
import io.eksform.rego.ast.Literal;
import io.eksform.rego.ast.Ref;
import io.eksform.rego.ast.Rule;
import io.eksform.rego.ast.Scalar;
import io.eksform.rego.ast.Term;
import io.eksform.rego.ast.Terms;
import io.eksform.rego.ast.Var;
import io.eksform.rego.ast.With;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds rules that depend on themselves ({@code rego_recursion_error}). */
final class Recursion {
  private final RuleNode root;
  private final Map<RuleNode, Set<RuleNode>> edges = new IdentityHashMap<>();

  Recursion(RuleNode root) {
    this.root = root;
  }

  void check() {
    collect(root);
    Map<RuleNode, Integer> state = new HashMap<>();
    for (RuleNode n : edges.keySet()) {
      visit(n, state, new ArrayList<>());
    }
  }

  private void collect(RuleNode node) {
    if (node.hasRules()) {
      Set<RuleNode> deps = new LinkedHashSet<>();
      for (CompiledRule r : node.rules()) {
        rule(r.rule(), deps);
      }
      edges.put(node, deps);
    }
    node.children().values().forEach(this::collect);
  }

  private void rule(Rule r, Set<RuleNode> deps) {
    body(r.body(), deps);
    if (r.head().value() != null) {
      term(r.head().value(), deps);
    }
    if (r.head().key() != null) {
      term(r.head().key(), deps);
    }
    if (r.elseRule() != null) {
      rule(r.elseRule(), deps);
    }
  }

  private void body(Body b, Set<RuleNode> deps) {
    for (Literal l : b.literals()) {
      Terms.mapExpr(
          l.expr(),
          t -> {
            term(t, deps);
            return t;
          },
          nested -> {
            body(nested, deps);
            return nested;
          });
      for (With w : l.withs()) {
        term(w.value(), deps);
      }
    }
  }

  private void term(Term t, Set<RuleNode> deps) {
    Ref ref = null;
    if (t instanceof Ref r) {
      ref = r;
    } else if (t instanceof Call c) {
      ref = c.operator();
    }
    if (ref == null || !(ref.head() instanceof Var v) || !v.name().equals("data")) {
      return;
    }
    RuleNode n = root;
    for (Term seg : ref.path()) {
      if (!(seg instanceof Scalar s)) {
        if (n != root) {
          addAll(n, deps);
        }
        return;
      }
      Value key = s.value();
      RuleNode next = n.child(key);
      if (next == null) {
        return;
      }
      n = next;
      if (n.hasRules()) {
        deps.add(n);
        return;
      }
    }
    addAll(n, deps);
  }

  private static void addAll(RuleNode n, Set<RuleNode> deps) {
    if (n.hasRules()) {
      deps.add(n);
    }
    n.children().values().forEach(c -> addAll(c, deps));
  }

  private void visit(RuleNode n, Map<RuleNode, Integer> state, List<RuleNode> stack) {
    Integer s = state.get(n);
    if (s != null && s == 2) {
      return;
    }
    if (s != null && s == 1) {
      int from = stack.indexOf(n);
      StringBuilder path = new StringBuilder();
      for (int i = from; i < stack.size(); i++) {
        path.append(stack.get(i).name()).append(" -> ");
      }
      path.append(n.name());
      Rule rule = n.rules().get(0).rule();
      throw new RegoCompileException(
          "rego_recursion_error", rule.location(), "rule " + n.name() + " is recursive: " + path);
    }
    state.put(n, 1);
    stack.add(n);
    for (RuleNode d : edges.getOrDefault(n, Set.of())) {
      visit(d, state, stack);
    }
    stack.remove(stack.size() - 1);
    state.put(n, 2);
  }
}

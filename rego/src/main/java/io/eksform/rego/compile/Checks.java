package io.eksform.rego.compile;

import io.eksform.rego.ast.Body;
import io.eksform.rego.ast.Call;
import io.eksform.rego.ast.Expr;
import io.eksform.rego.ast.Literal;
import io.eksform.rego.ast.Ref;
import io.eksform.rego.ast.Rule;
import io.eksform.rego.ast.Term;
import io.eksform.rego.ast.Terms;
import io.eksform.rego.ast.Var;
import io.eksform.rego.ast.With;
import io.eksform.rego.builtins.V0Builtins;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** Compile-time checks on calls: the function must exist and get the right number of arguments. */
final class Checks {
  private final CompiledPolicy policy;
  private final Compiler compiler;

  Checks(CompiledPolicy policy, Compiler compiler) {
    this.policy = policy;
    this.compiler = compiler;
  }

  void rule(Rule rule) {
    body(rule.body());
    if (rule.head().value() != null) {
      term(rule.head().value());
    }
    if (rule.head().key() != null) {
      term(rule.head().key());
    }
    if (rule.elseRule() != null) {
      rule(rule.elseRule());
    }
  }

  void body(Body body) {
    Set<String> assigned = new HashSet<>();
    for (Literal l : body.literals()) {
      if (l.expr() instanceof Expr.Assign a) {
        Set<String> names = new LinkedHashSet<>();
        Terms.vars(a.left(), names);
        for (String n : names) {
          if (!n.startsWith("$") && !assigned.add(n)) {
            throw new RegoCompileException(
                "rego_compile_error", l.location(), "var " + displayName(n) + " assigned above");
          }
        }
      }
      Terms.mapExpr(l.expr(), this::check, this::nested);
      for (With w : l.withs()) {
        target(w);
        term(w.value());
      }
    }
  }

  /** The name a user wrote: comprehension-local renames carry a {@code $n} suffix. */
  private static String displayName(String var) {
    int i = var.indexOf('$');
    return i > 0 ? var.substring(0, i) : var;
  }

  /** A {@code with} replaces input, data or a function; anything else is refused, as in OPA. */
  private void target(With w) {
    String root = null;
    String name = null;
    if (w.target() instanceof Var v) {
      root = v.name();
      name = v.name();
    } else if (w.target() instanceof Ref r && r.head() instanceof Var v) {
      root = v.name();
      name = r.dottedName();
    }
    if (root != null && (root.equals("input") || root.equals("data"))) {
      return;
    }
    if (name != null
        && (policy.builtins().find(name).isPresent() || UnavailableBuiltins.arity(name) >= 0)) {
      return;
    }
    throw new RegoCompileException(
        "rego_compile_error",
        w.location(),
        "with keyword target must reference existing input, data, or a function");
  }

  private void term(Term t) {
    Terms.map(t, this::check, this::nested);
  }

  private Body nested(Body b) {
    body(b);
    return b;
  }

  private Term check(Term t) {
    if (!(t instanceof Call c)) {
      return t;
    }
    String name = c.name();
    if (name.equals("print")) {
      return t;
    }
    int arity;
    if (name.startsWith("data.")) {
      RuleNode node = policy.function(name);
      if (node == null || !node.isFunction()) {
        throw undefined(c, name);
      }
      arity = node.arity();
    } else {
      arity = compiler.arity(policy, name);
      if (arity < 0) {
        throw undefined(c, name);
      }
      if (policy.builtins().find(name).isEmpty() && !policy.mocked().contains(name)) {
        throw undefined(c, name);
      }
      if (V0Builtins.NAMES.contains(name) && !compiler.isV0(c.location().file())) {
        throw undefined(c, name);
      }
    }
    int n = c.args().size();
    if (n != arity && n != arity + 1) {
      String kind = n < arity ? "too few arguments" : "too many arguments";
      throw new RegoCompileException(
          "rego_type_error", c.location(), name + ": arity mismatch: " + kind);
    }
    return t;
  }

  private static RegoCompileException undefined(Call c, String name) {
    return new RegoCompileException("rego_type_error", c.location(), "undefined function " + name);
  }

  /** Adds the names that {@code with} replaces anywhere in {@code rule} to {@code out}. */
  static void collectMocks(Rule rule, Set<String> out) {
    collectMocks(rule.body(), out);
    if (rule.elseRule() != null) {
      collectMocks(rule.elseRule(), out);
    }
  }

  static void collectMocks(Body body, Set<String> out) {
    for (Literal l : body.literals()) {
      for (With w : l.withs()) {
        String name = targetName(w.target());
        if (name != null) {
          out.add(name);
        }
      }
      Terms.mapExpr(
          l.expr(),
          t -> t,
          b -> {
            collectMocks(b, out);
            return b;
          });
      if (l.expr() instanceof Expr.Every ev) {
        collectMocks(ev.body(), out);
      }
    }
  }

  private static String targetName(Term t) {
    if (t instanceof Var v) {
      return v.name();
    }
    if (t instanceof Ref r) {
      return r.dottedName();
    }
    return null;
  }
}

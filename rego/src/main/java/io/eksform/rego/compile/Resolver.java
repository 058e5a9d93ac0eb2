package io.eksform.rego.compile;

import io.eksform.rego.ast.Body;
import io.eksform.rego.ast.Call;
import io.eksform.rego.ast.Expr;
import io.eksform.rego.ast.Head;
import io.eksform.rego.ast.Literal;
import io.eksform.rego.ast.Ref;
import io.eksform.rego.ast.Rule;
import io.eksform.rego.ast.Scalar;
import io.eksform.rego.ast.Term;
import io.eksform.rego.ast.Terms;
import io.eksform.rego.ast.Var;
import io.eksform.rego.ast.With;
import io.eksform.rego.value.StringValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites the names of one package: a variable that names a rule of the package becomes {@code
 * data.<pkg>.<name>}, an import alias becomes the imported reference, and local variables stay.
 */
final class Resolver {
  private final List<String> pkg;
  private final Set<String> ruleNames;
  private final Map<String, Ref> aliases;
  private Set<String> locals = Set.of();

  Resolver(List<String> pkg, Set<String> ruleNames, Map<String, Ref> aliases) {
    this.pkg = pkg;
    this.ruleNames = ruleNames;
    this.aliases = aliases;
  }

  Rule rule(Rule rule) {
    Set<String> declared = new HashSet<>();
    collectLocals(rule, declared);
    this.locals = declared;
    return resolveRule(rule);
  }

  Body query(Body body, Set<String> queryLocals) {
    this.locals = queryLocals;
    return body(body);
  }

  private static void collectLocals(Rule rule, Set<String> out) {
    if (rule.head().args() != null) {
      rule.head().args().forEach(a -> Terms.vars(a, out));
    }
    allDeclared(rule.body(), out);
    if (rule.elseRule() != null) {
      collectLocals(rule.elseRule(), out);
    }
  }

  /** Declarations at any depth of {@code body}. */
  static void allDeclared(Body body, Set<String> out) {
    Renamer.declared(body, out);
    Set<String> all = new HashSet<>();
    Terms.vars(body, all);
    for (String v : all) {
      if (v.contains("$") && !v.startsWith("$")) {
        out.add(v);
      }
    }
    for (Literal l : body.literals()) {
      if (l.expr() instanceof Expr.Every ev) {
        if (ev.key() != null) {
          Terms.vars(ev.key(), out);
        }
        Terms.vars(ev.value(), out);
      }
    }
  }

  private Rule resolveRule(Rule rule) {
    Head h = rule.head();
    List<Term> path = new ArrayList<>();
    for (Term t : h.ref().path()) {
      path.add(term(t));
    }
    List<Term> args = null;
    if (h.args() != null) {
      args = new ArrayList<>();
      for (Term a : h.args()) {
        args.add(term(a));
      }
    }
    Head head =
        new Head(
            new Ref(h.ref().head(), path, h.ref().location()),
            args,
            h.key() == null ? null : term(h.key()),
            h.value() == null ? null : term(h.value()),
            h.assign());
    Rule elseRule = rule.elseRule() == null ? null : resolveRule(rule.elseRule());
    return new Rule(head, body(rule.body()), elseRule, rule.isDefault(), rule.location());
  }

  Body body(Body body) {
    List<Literal> out = new ArrayList<>();
    for (Literal l : body.literals()) {
      Expr e = Terms.mapExpr(l.expr(), this::resolve, this::body);
      List<With> withs = new ArrayList<>();
      for (With w : l.withs()) {
        withs.add(new With(target(w.target()), term(w.value()), w.location()));
      }
      out.add(new Literal(e, l.negated(), withs, l.location()));
    }
    return new Body(out);
  }

  Term term(Term t) {
    return Terms.map(t, this::resolve, this::body);
  }

  private Term target(Term t) {
    if (t instanceof Var v && (ruleNames.contains(v.name()) || aliases.containsKey(v.name()))) {
      return resolve(t);
    }
    if (t instanceof Ref r && r.head() instanceof Var v && !v.name().equals("input")) {
      return term(t);
    }
    return t;
  }

  private Term resolve(Term t) {
    if (t instanceof Var v) {
      String n = v.name();
      if (n.equals("input") || n.equals("data") || v.isWildcard() || locals.contains(n)) {
        return t;
      }
      if (ruleNames.contains(n)) {
        List<Term> path = new ArrayList<>();
        for (String p : pkg) {
          path.add(new Scalar(StringValue.of(p), v.location()));
        }
        path.add(new Scalar(StringValue.of(n), v.location()));
        return new Ref(new Var("data", v.location()), path, v.location());
      }
      Ref alias = aliases.get(n);
      if (alias != null) {
        return new Ref(alias.head(), alias.path(), v.location());
      }
      return t;
    }
    if (t instanceof Ref r && r.head() instanceof Ref inner) {
      List<Term> path = new ArrayList<>(inner.path());
      path.addAll(r.path());
      return new Ref(inner.head(), path, r.location());
    }
    if (t instanceof Call c && c.operator().head() instanceof Ref inner) {
      List<Term> path = new ArrayList<>(inner.path());
      path.addAll(c.operator().path());
      return new Call(new Ref(inner.head(), path, c.location()), c.args(), c.location());
    }
    return t;
  }
}

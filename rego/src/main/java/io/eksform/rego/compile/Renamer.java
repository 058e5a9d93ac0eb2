package io.eksform.rego.compile;

import io.eksform.rego.ast.ArrayCompr;
import io.eksform.rego.ast.Body;
import io.eksform.rego.ast.Expr;
import io.eksform.rego.ast.Literal;
import io.eksform.rego.ast.ObjectCompr;
import io.eksform.rego.ast.SetCompr;
import io.eksform.rego.ast.Term;
import io.eksform.rego.ast.Terms;
import io.eksform.rego.ast.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives variables declared inside comprehensions and {@code every} bodies fresh names, so that a
 * declaration there shadows, rather than joins, a variable of the enclosing body.
 */
final class Renamer {
  private int counter;

  /**
   * Names the enclosing body declares with {@code :=} only after the literal being renamed. As in
   * OPA, a comprehension there cannot see such a variable: its use of the name is its own.
   */
  private Set<String> declaredLater = Set.of();

  Body body(Body body) {
    Set<String> saved = declaredLater;
    List<Set<String>> assigned = new ArrayList<>();
    for (Literal l : body.literals()) {
      Set<String> names = new LinkedHashSet<>();
      if (l.expr() instanceof Expr.Assign a) {
        Terms.vars(a.left(), names);
      }
      assigned.add(names);
    }
    List<Literal> out = new ArrayList<>();
    for (int i = 0; i < body.literals().size(); i++) {
      Set<String> later = new LinkedHashSet<>();
      for (int j = i + 1; j < assigned.size(); j++) {
        later.addAll(assigned.get(j));
      }
      for (int j = 0; j <= i; j++) {
        later.removeAll(assigned.get(j));
      }
      later.addAll(saved);
      declaredLater = later;
      out.add(literal(body.literals().get(i)));
    }
    declaredLater = saved;
    return new Body(out);
  }

  Term term(Term t) {
    return Terms.map(t, this::scope, this::body);
  }

  private Literal literal(Literal l) {
    Expr e = Terms.mapExpr(l.expr(), this::scope, this::body);
    if (e instanceof Expr.Every ev) {
      Set<String> declared = new LinkedHashSet<>();
      if (ev.key() != null) {
        Terms.vars(ev.key(), declared);
      }
      Terms.vars(ev.value(), declared);
      declared(ev.body(), declared);
      Map<String, String> names = fresh(declared);
      e = Terms.mapExpr(ev, t -> substitute(t, names), b -> substitute(b, names));
    }
    if (e instanceof Expr.Block bl) {
      Set<String> declared = new LinkedHashSet<>();
      declared(bl.body(), declared);
      Map<String, String> names = fresh(declared);
      e = new Expr.Block(substitute(bl.body(), names));
    }
    List<io.eksform.rego.ast.With> withs = new ArrayList<>();
    for (io.eksform.rego.ast.With w : l.withs()) {
      withs.add(new io.eksform.rego.ast.With(w.target(), term(w.value()), w.location()));
    }
    return new Literal(e, l.negated(), withs, l.location());
  }

  private Term scope(Term t) {
    Body body;
    if (t instanceof ArrayCompr c) {
      body = c.body();
    } else if (t instanceof SetCompr c) {
      body = c.body();
    } else if (t instanceof ObjectCompr c) {
      body = c.body();
    } else {
      return t;
    }
    Set<String> declared = new LinkedHashSet<>();
    declared(body, declared);
    if (!declaredLater.isEmpty()) {
      Set<String> used = new LinkedHashSet<>();
      Terms.vars(t, used);
      used.retainAll(declaredLater);
      declared.addAll(used);
    }
    if (declared.isEmpty()) {
      return t;
    }
    Map<String, String> names = fresh(declared);
    if (t instanceof ArrayCompr c) {
      return new ArrayCompr(substitute(c.head(), names), substitute(c.body(), names), c.location());
    } else if (t instanceof SetCompr c) {
      return new SetCompr(substitute(c.head(), names), substitute(c.body(), names), c.location());
    }
    ObjectCompr c = (ObjectCompr) t;
    return new ObjectCompr(
        substitute(c.key(), names),
        substitute(c.value(), names),
        substitute(c.body(), names),
        c.location());
  }

  /** Variables declared by the top-level literals of {@code body} ({@code some}, {@code :=}). */
  static void declared(Body body, Set<String> out) {
    for (Literal l : body.literals()) {
      Expr e = l.expr();
      if (e instanceof Expr.SomeVars s) {
        s.vars().forEach(v -> out.add(v.name()));
      } else if (e instanceof Expr.Assign a) {
        Terms.vars(a.left(), out);
      } else if (e instanceof Expr.SomeIn s) {
        if (s.key() != null) {
          Terms.vars(s.key(), out);
        }
        Terms.vars(s.value(), out);
      }
    }
    out.removeIf(n -> n.startsWith("$"));
  }

  private Map<String, String> fresh(Set<String> declared) {
    Map<String, String> names = new HashMap<>();
    for (String d : declared) {
      names.put(d, d + "$" + (++counter));
    }
    return names;
  }

  private static Term substitute(Term t, Map<String, String> names) {
    return Terms.map(t, x -> rename(x, names), b -> substitute(b, names));
  }

  private static Body substitute(Body b, Map<String, String> names) {
    List<Literal> out = new ArrayList<>();
    for (Literal l : b.literals()) {
      Expr e = Terms.mapExpr(l.expr(), x -> rename(x, names), x -> substitute(x, names));
      List<io.eksform.rego.ast.With> withs = new ArrayList<>();
      for (io.eksform.rego.ast.With w : l.withs()) {
        withs.add(
            new io.eksform.rego.ast.With(w.target(), substitute(w.value(), names), w.location()));
      }
      out.add(new Literal(e, l.negated(), withs, l.location()));
    }
    return new Body(out);
  }

  private static Term rename(Term t, Map<String, String> names) {
    if (t instanceof Var v && names.containsKey(v.name())) {
      return new Var(names.get(v.name()), v.location());
    }
    return t;
  }
}

package io.eksform.rego.compile;

import io.eksform.rego.ast.ArrayCompr;
import io.eksform.rego.ast.ArrayTerm;
import io.eksform.rego.ast.Body;
import io.eksform.rego.ast.Call;
import io.eksform.rego.ast.Expr;
import io.eksform.rego.ast.Literal;
import io.eksform.rego.ast.ObjectCompr;
import io.eksform.rego.ast.ObjectTerm;
import io.eksform.rego.ast.SetCompr;
import io.eksform.rego.ast.Term;
import io.eksform.rego.ast.Terms;
import io.eksform.rego.ast.With;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * Reorders body literals so that every variable is bound before it is used, as OPA does, and
 * reports variables that nothing can bind ({@code rego_unsafe_var_error}).
 */
final class Safety {
  private final ToIntFunction<String> arity;

  /** {@code arity}: the declared arity of a function or builtin name, or -1 when unknown. */
  Safety(ToIntFunction<String> arity) {
    this.arity = arity;
  }

  /**
   * Reorders {@code body} given variables already bound; {@code extra} are variables used outside
   * the body (rule head, enclosing scopes) which must be treated as shared.
   */
  Body reorder(Body body, Set<String> bound, Set<String> extra) {
    List<Literal> remaining = new ArrayList<>(body.literals());
    List<Literal> out = new ArrayList<>();
    Set<String> have = new HashSet<>(bound);
    while (!remaining.isEmpty()) {
      int pick = -1;
      for (int i = 0; i < remaining.size() && pick < 0; i++) {
        Literal l = remaining.get(i);
        Set<String> outer = outerVars(remaining, l, out, extra, have);
        if (have.containsAll(needs(l, have, new VarSets(outer)))) {
          pick = i;
        }
      }
      if (pick < 0) {
        Literal l = remaining.get(0);
        Set<String> outer = outerVars(remaining, l, out, extra, have);
        Set<String> missing = new TreeSet<>(needs(l, have, new VarSets(outer)));
        missing.removeAll(have);
        missing.removeIf(v -> v.startsWith("$"));
        String name = missing.isEmpty() ? "?" : missing.iterator().next();
        int cut = name.indexOf('$');
        throw new RegoCompileException(
            "rego_unsafe_var_error",
            l.location(),
            "var " + (cut > 0 ? name.substring(0, cut) : name) + " is unsafe");
      }
      Literal l = remaining.remove(pick);
      Set<String> outer = outerVars(remaining, l, out, extra, have);
      out.add(nested(l, have, outer));
      have.addAll(outputs(l, new VarSets(outer)));
    }
    bound.addAll(have);
    return new Body(out);
  }

  private static Set<String> outerVars(
      List<Literal> remaining, Literal self, List<Literal> done, Set<String> extra, Set<String> b) {
    Set<String> outer = new HashSet<>(extra);
    outer.addAll(b);
    for (Literal l : remaining) {
      if (l != self) {
        Terms.scopeVars(l, outer);
      }
    }
    for (Literal l : done) {
      Terms.scopeVars(l, outer);
    }
    return outer;
  }

  private Set<String> needs(Literal l, Set<String> have, VarSets vs) {
    Set<String> needs = rawNeeds(l, have, vs);
    needs.remove("input");
    needs.remove("data");
    return needs;
  }

  private Set<String> rawNeeds(Literal l, Set<String> have, VarSets vs) {
    Set<String> needs = new HashSet<>();
    for (With w : l.withs()) {
      for (String v : vs.inputs(w.value())) {
        if (vs.outerContains(v)) {
          needs.add(v);
        }
      }
    }
    if (l.negated()) {
      Set<String> all = new HashSet<>();
      Terms.vars(l, all);
      Set<String> outer = new HashSet<>();
      for (String v : all) {
        if (!v.startsWith("$") && (have.contains(v) || isOuter(vs, v))) {
          outer.add(v);
        }
      }
      needs.addAll(outer);
      return needs;
    }
    Expr e = l.expr();
    if (e instanceof Expr.TermExpr t) {
      needs.addAll(termNeeds(t.term(), vs));
    } else if (e instanceof Expr.Unify u) {
      needs.addAll(unifyNeeds(u.left(), u.right(), have, vs));
    } else if (e instanceof Expr.Assign a) {
      needs.addAll(unifyNeeds(a.left(), a.right(), have, vs));
    } else if (e instanceof Expr.SomeIn s) {
      needs.addAll(vs.inputs(s.collection()));
      if (s.key() != null) {
        vs.nonPatternInputs(s.key(), needs);
      }
      vs.nonPatternInputs(s.value(), needs);
    } else if (e instanceof Expr.Every ev) {
      needs.addAll(vs.inputs(ev.domain()));
      Set<String> inBody = new HashSet<>();
      Terms.vars(ev.body(), inBody);
      for (String v : inBody) {
        if (isOuter(vs, v)) {
          needs.add(v);
        }
      }
      if (ev.key() != null) {
        Terms.vars(ev.key(), inBody);
      }
      Set<String> local = new HashSet<>();
      if (ev.key() != null) {
        Terms.vars(ev.key(), local);
      }
      Terms.vars(ev.value(), local);
      needs.removeAll(local);
    }
    return needs;
  }

  private static boolean isOuter(VarSets vs, String v) {
    return vs.outerContains(v);
  }

  private Set<String> termNeeds(Term t, VarSets vs) {
    if (t instanceof Call c) {
      int n = arity.applyAsInt(c.name());
      if (n >= 0 && c.args().size() == n + 1) {
        Set<String> needs = new HashSet<>();
        for (int i = 0; i < n; i++) {
          needs.addAll(vs.inputs(c.args().get(i)));
        }
        vs.nonPatternInputs(c.args().get(n), needs);
        return needs;
      }
    }
    Set<String> needs = vs.inputs(t);
    if (t instanceof Call) {
      Set<String> iterated = new HashSet<>();
      vs.iterationOutputs(t, iterated);
      needs.removeAll(iterated);
    }
    return needs;
  }

  private Set<String> unifyNeeds(Term a, Term b, Set<String> have, VarSets vs) {
    Set<String> viaB = new HashSet<>(vs.inputs(b));
    vs.nonPatternInputs(a, viaB);
    if (have.containsAll(viaB)) {
      return viaB;
    }
    Set<String> viaA = new HashSet<>(vs.inputs(a));
    vs.nonPatternInputs(b, viaA);
    if (have.containsAll(viaA)) {
      return viaA;
    }
    if (a instanceof ArrayTerm x
        && b instanceof ArrayTerm y
        && x.elements().size() == y.elements().size()) {
      return pairwise(x.elements(), y.elements(), have, vs);
    }
    if (a instanceof ObjectTerm x
        && b instanceof ObjectTerm y
        && x.entries().size() == y.entries().size()) {
      List<Term> xs = new ArrayList<>();
      List<Term> ys = new ArrayList<>();
      for (int i = 0; i < x.entries().size(); i++) {
        xs.add(x.entries().get(i).value());
        ys.add(y.entries().get(i).value());
      }
      return pairwise(xs, ys, have, vs);
    }
    return viaB.size() <= viaA.size() ? viaB : viaA;
  }

  private Set<String> pairwise(List<Term> xs, List<Term> ys, Set<String> have, VarSets vs) {
    Set<String> local = new HashSet<>(have);
    List<Integer> left = new ArrayList<>();
    for (int i = 0; i < xs.size(); i++) {
      left.add(i);
    }
    boolean progress = true;
    while (!left.isEmpty() && progress) {
      progress = false;
      for (int k = 0; k < left.size(); k++) {
        int i = left.get(k);
        Set<String> n = unifyNeeds(xs.get(i), ys.get(i), local, vs);
        if (local.containsAll(n)) {
          local.addAll(vs.outputs(xs.get(i)));
          local.addAll(vs.outputs(ys.get(i)));
          left.remove(k);
          progress = true;
          break;
        }
      }
    }
    if (left.isEmpty()) {
      return Set.of();
    }
    Set<String> missing = new LinkedHashSet<>();
    for (int i : left) {
      missing.addAll(unifyNeeds(xs.get(i), ys.get(i), local, vs));
    }
    return missing;
  }

  private Set<String> outputs(Literal l, VarSets vs) {
    Set<String> out = new HashSet<>();
    if (l.negated()) {
      return out;
    }
    Expr e = l.expr();
    if (e instanceof Expr.TermExpr t) {
      if (t.term() instanceof Call c) {
        int n = arity.applyAsInt(c.name());
        if (n >= 0 && c.args().size() == n + 1) {
          out.addAll(vs.outputs(c.args().get(n)));
        }
      }
      vs.iterationOutputs(t.term(), out);
    } else if (e instanceof Expr.Unify u) {
      out.addAll(vs.outputs(u.left()));
      out.addAll(vs.outputs(u.right()));
    } else if (e instanceof Expr.Assign a) {
      out.addAll(vs.outputs(a.left()));
      out.addAll(vs.outputs(a.right()));
    } else if (e instanceof Expr.SomeIn s) {
      if (s.key() != null) {
        out.addAll(vs.outputs(s.key()));
      }
      out.addAll(vs.outputs(s.value()));
      vs.iterationOutputs(s.collection(), out);
    }
    return out;
  }

  /** Reorders the bodies nested in {@code l} (comprehensions, every) with the current bindings. */
  private Literal nested(Literal l, Set<String> have, Set<String> outer) {
    Expr e =
        Terms.mapExpr(
            l.expr(), t -> comprehension(t, have, outer), b -> b /* handled per comprehension */);
    if (e instanceof Expr.Block bl) {
      e = new Expr.Block(reorder(bl.body(), new HashSet<>(have), outer));
    }
    if (e instanceof Expr.Every ev) {
      Set<String> b = new HashSet<>(have);
      if (ev.key() != null) {
        Terms.vars(ev.key(), b);
      }
      Terms.vars(ev.value(), b);
      e = new Expr.Every(ev.key(), ev.value(), ev.domain(), reorder(ev.body(), b, outer));
    }
    return new Literal(e, l.negated(), l.withs(), l.location());
  }

  private Term comprehension(Term t, Set<String> have, Set<String> outer) {
    if (t instanceof ArrayCompr c) {
      Set<String> extra = headVars(outer, c.head());
      return new ArrayCompr(c.head(), reorder(c.body(), new HashSet<>(have), extra), c.location());
    } else if (t instanceof SetCompr c) {
      Set<String> extra = headVars(outer, c.head());
      return new SetCompr(c.head(), reorder(c.body(), new HashSet<>(have), extra), c.location());
    } else if (t instanceof ObjectCompr c) {
      Set<String> extra = headVars(outer, c.key());
      Terms.vars(c.value(), extra);
      return new ObjectCompr(
          c.key(), c.value(), reorder(c.body(), new HashSet<>(have), extra), c.location());
    }
    return t;
  }

  private static Set<String> headVars(Set<String> outer, Term head) {
    Set<String> out = new HashSet<>(outer);
    Terms.vars(head, out);
    return out;
  }
}

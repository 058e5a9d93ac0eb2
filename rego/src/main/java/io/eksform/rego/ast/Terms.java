package io.eksform.rego.ast;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

/** Generic traversals over terms and bodies: variable collection and bottom-up rewriting. */
public final class Terms {
  private static final Term NOTHING =
      new Scalar(io.eksform.rego.value.NullValue.INSTANCE, Location.NONE);

  private Terms() {}

  /** Adds every variable occurring in {@code t}, nested bodies included, to {@code out}. */
  public static void vars(Term t, Collection<String> out) {
    if (t instanceof Var v) {
      out.add(v.name());
    } else if (t instanceof Ref r) {
      vars(r.head(), out);
      r.path().forEach(p -> vars(p, out));
    } else if (t instanceof ArrayTerm a) {
      a.elements().forEach(e -> vars(e, out));
    } else if (t instanceof SetTerm s) {
      s.elements().forEach(e -> vars(e, out));
    } else if (t instanceof ObjectTerm o) {
      for (ObjectTerm.Entry e : o.entries()) {
        vars(e.key(), out);
        vars(e.value(), out);
      }
    } else if (t instanceof Call c) {
      c.args().forEach(a -> vars(a, out));
    } else if (t instanceof ArrayCompr c) {
      vars(c.head(), out);
      vars(c.body(), out);
    } else if (t instanceof SetCompr c) {
      vars(c.head(), out);
      vars(c.body(), out);
    } else if (t instanceof ObjectCompr c) {
      vars(c.key(), out);
      vars(c.value(), out);
      vars(c.body(), out);
    } else if (t instanceof TemplateString ts) {
      ts.parts().forEach(p -> vars(p, out));
    } else if (t instanceof WithTerm w) {
      vars(w.term(), out);
      w.withs().forEach(x -> vars(x.value(), out));
    }
  }

  /** Adds every variable of every literal in {@code body} to {@code out}. */
  public static void vars(Body body, Collection<String> out) {
    for (Literal l : body.literals()) {
      vars(l, out);
    }
  }

  /** Adds every variable of one literal (expression and with-modifiers) to {@code out}. */
  public static void vars(Literal l, Collection<String> out) {
    vars(l.expr(), out);
    for (With w : l.withs()) {
      vars(w.value(), out);
    }
  }

  /** Adds every variable of an expression to {@code out}. */
  public static void vars(Expr e, Collection<String> out) {
    if (e instanceof Expr.TermExpr t) {
      vars(t.term(), out);
    } else if (e instanceof Expr.Unify u) {
      vars(u.left(), out);
      vars(u.right(), out);
    } else if (e instanceof Expr.Assign a) {
      vars(a.left(), out);
      vars(a.right(), out);
    } else if (e instanceof Expr.SomeVars s) {
      s.vars().forEach(v -> out.add(v.name()));
    } else if (e instanceof Expr.SomeIn s) {
      if (s.key() != null) {
        vars(s.key(), out);
      }
      vars(s.value(), out);
      vars(s.collection(), out);
    } else if (e instanceof Expr.Block b) {
      vars(b.body(), out);
    } else if (e instanceof Expr.Every ev) {
      if (ev.key() != null) {
        vars(ev.key(), out);
      }
      vars(ev.value(), out);
      vars(ev.domain(), out);
      vars(ev.body(), out);
    }
  }

  /**
   * Adds the variables of {@code l} that are visible in its own body: those inside comprehension,
   * {@code every} and {@code not {...}} bodies are local to those scopes and left out.
   */
  public static void scopeVars(Literal l, Collection<String> out) {
    Expr shallow =
        mapExpr(
            l.expr(),
            t -> {
              if (t instanceof ArrayCompr c) {
                return new ArrayCompr(NOTHING, new Body(List.of()), c.location());
              } else if (t instanceof SetCompr c) {
                return new SetCompr(NOTHING, new Body(List.of()), c.location());
              } else if (t instanceof ObjectCompr c) {
                return new ObjectCompr(NOTHING, NOTHING, new Body(List.of()), c.location());
              }
              return t;
            },
            b -> b);
    if (shallow instanceof Expr.Every ev) {
      shallow = new Expr.Every(null, ev.domain(), ev.domain(), new Body(List.of()));
    } else if (shallow instanceof Expr.Block) {
      return;
    }
    List<String> all = new ArrayList<>();
    vars(shallow, all);
    for (With w : l.withs()) {
      vars(w.value(), all);
    }
    for (String v : all) {
      out.add(v);
    }
  }

  /** A list of variables in {@code t}, in order of occurrence. */
  public static List<String> varList(Term t) {
    List<String> out = new ArrayList<>();
    vars(t, out);
    return out;
  }

  /**
   * Rewrites {@code t} bottom-up: children first, then {@code f} on the rebuilt node. Nested bodies
   * are rewritten through {@code bodies}.
   */
  public static Term map(Term t, UnaryOperator<Term> f, UnaryOperator<Body> bodies) {
    Term rebuilt;
    if (t instanceof Ref r) {
      rebuilt = new Ref(map(r.head(), f, bodies), mapAll(r.path(), f, bodies), r.location());
    } else if (t instanceof ArrayTerm a) {
      rebuilt = new ArrayTerm(mapAll(a.elements(), f, bodies), a.location());
    } else if (t instanceof SetTerm s) {
      rebuilt = new SetTerm(mapAll(s.elements(), f, bodies), s.location());
    } else if (t instanceof ObjectTerm o) {
      List<ObjectTerm.Entry> es = new ArrayList<>();
      for (ObjectTerm.Entry e : o.entries()) {
        es.add(new ObjectTerm.Entry(map(e.key(), f, bodies), map(e.value(), f, bodies)));
      }
      rebuilt = new ObjectTerm(es, o.location());
    } else if (t instanceof Call c) {
      Term op = map(c.operator(), f, bodies);
      Ref opRef = op instanceof Ref r ? r : new Ref(op, List.of(), op.location());
      rebuilt = new Call(opRef, mapAll(c.args(), f, bodies), c.location());
    } else if (t instanceof ArrayCompr c) {
      rebuilt = new ArrayCompr(map(c.head(), f, bodies), bodies.apply(c.body()), c.location());
    } else if (t instanceof SetCompr c) {
      rebuilt = new SetCompr(map(c.head(), f, bodies), bodies.apply(c.body()), c.location());
    } else if (t instanceof ObjectCompr c) {
      rebuilt =
          new ObjectCompr(
              map(c.key(), f, bodies),
              map(c.value(), f, bodies),
              bodies.apply(c.body()),
              c.location());
    } else if (t instanceof TemplateString ts) {
      rebuilt = new TemplateString(mapAll(ts.parts(), f, bodies), ts.raw(), ts.location());
    } else if (t instanceof WithTerm w) {
      List<With> ws = new ArrayList<>();
      for (With x : w.withs()) {
        ws.add(new With(map(x.target(), f, bodies), map(x.value(), f, bodies), x.location()));
      }
      rebuilt = new WithTerm(map(w.term(), f, bodies), ws, w.location());
    } else {
      rebuilt = t;
    }
    return f.apply(rebuilt);
  }

  private static List<Term> mapAll(List<Term> ts, UnaryOperator<Term> f, UnaryOperator<Body> b) {
    List<Term> out = new ArrayList<>(ts.size());
    for (Term t : ts) {
      out.add(map(t, f, b));
    }
    return out;
  }

  /** Rewrites every term of an expression with {@link #map}. */
  public static Expr mapExpr(Expr e, UnaryOperator<Term> f, UnaryOperator<Body> b) {
    if (e instanceof Expr.TermExpr t) {
      return new Expr.TermExpr(map(t.term(), f, b));
    } else if (e instanceof Expr.Unify u) {
      return new Expr.Unify(map(u.left(), f, b), map(u.right(), f, b));
    } else if (e instanceof Expr.Assign a) {
      return new Expr.Assign(map(a.left(), f, b), map(a.right(), f, b));
    } else if (e instanceof Expr.SomeIn s) {
      return new Expr.SomeIn(
          s.key() == null ? null : map(s.key(), f, b),
          map(s.value(), f, b),
          map(s.collection(), f, b));
    } else if (e instanceof Expr.Every ev) {
      return new Expr.Every(
          ev.key() == null ? null : map(ev.key(), f, b),
          map(ev.value(), f, b),
          map(ev.domain(), f, b),
          b.apply(ev.body()));
    } else if (e instanceof Expr.Block bl) {
      return new Expr.Block(b.apply(bl.body()));
    } else if (e instanceof Expr.SomeVars s) {
      List<Var> vs = new ArrayList<>();
      for (Var v : s.vars()) {
        Term m = f.apply(v);
        vs.add(m instanceof Var mv ? mv : v);
      }
      return new Expr.SomeVars(vs);
    }
    return e;
  }
}

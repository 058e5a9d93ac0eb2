package io.eksform.rego.eval;

import io.eksform.rego.ast.ArrayCompr;
import io.eksform.rego.ast.ArrayTerm;
import io.eksform.rego.ast.Call;
import io.eksform.rego.ast.Expr;
import io.eksform.rego.ast.Literal;
import io.eksform.rego.ast.ObjectCompr;
import io.eksform.rego.ast.ObjectTerm;
import io.eksform.rego.ast.Ref;
import io.eksform.rego.ast.Scalar;
import io.eksform.rego.ast.SetCompr;
import io.eksform.rego.ast.SetTerm;
import io.eksform.rego.ast.TemplateString;
import io.eksform.rego.ast.Term;
import io.eksform.rego.ast.Var;
import io.eksform.rego.compile.CompiledPolicy;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The top-down evaluator: bodies, literals, unification and terms, in continuation-passing style.
 * Every solution is handed to a continuation while its bindings are in place; bindings are undone
 * as the search backtracks.
 */
final class Eval {
  final CompiledPolicy policy;
  final Options options;
  final Budget budget;
  final Documents docs;
  final Calls calls;
  final Withs withs;
  final Direct direct;

  Eval(CompiledPolicy policy, Options options) {
    this.policy = policy;
    this.options = options;
    this.budget =
        new Budget(options.maxSteps(), options.maxMillis(), options.maxBytes(), options.maxDepth());
    this.docs = new Documents(this);
    this.calls = new Calls(this);
    this.withs = new Withs(this);
    this.direct = new Direct(this);
  }

  // ---- bodies and literals -------------------------------------------------------------------

  boolean body(List<Literal> lits, int i, Scope s, Frame f, Cont k) {
    int at = i;
    while (true) {
      budget.step();
      if (at == lits.size()) {
        return k.run();
      }
      Literal l = lits.get(at);
      // A test that needs no search holds or not at once: go on to the next literal in place.
      if (l.withs().isEmpty() && l.expr() instanceof Expr.TermExpr t) {
        Value v = direct.of(t.term(), s, f);
        if (v != Direct.NOT_SIMPLE) {
          boolean holds = v != null && isTrue(v);
          if (holds == l.negated()) {
            return false;
          }
          at++;
          continue;
        }
      }
      int next = at + 1;
      return literal(l, s, f, () -> body(lits, next, s, f, k));
    }
  }

  private boolean literal(Literal l, Scope s, Frame f, Cont k) {
    Scope inner = s;
    if (!l.withs().isEmpty()) {
      inner = withs.apply(l.withs(), s, f);
      if (inner == null) {
        return false;
      }
    }
    if (l.negated()) {
      boolean found = expr(l.expr(), inner, f, () -> true);
      return found ? false : k.run();
    }
    return expr(l.expr(), inner, f, k);
  }

  private boolean expr(Expr e, Scope s, Frame f, Cont k) {
    if (e instanceof Expr.TermExpr t) {
      Value v = direct.of(t.term(), s, f);
      if (v != Direct.NOT_SIMPLE) {
        return v != null && isTrue(v) && k.run();
      }
      return eval(t.term(), s, f, w -> isTrue(w) ? k.run() : false);
    } else if (e instanceof Expr.Unify u) {
      return unify(u.left(), u.right(), s, f, k);
    } else if (e instanceof Expr.Assign a) {
      return unify(a.left(), a.right(), s, f, k);
    } else if (e instanceof Expr.SomeIn si) {
      return someIn(si, s, f, k);
    } else if (e instanceof Expr.Every ev) {
      return every(ev, s, f, k);
    } else if (e instanceof Expr.Block b) {
      return body(b.body().literals(), 0, s, f, k);
    }
    return k.run();
  }

  private static boolean isTrue(Value v) {
    return !(v instanceof BooleanValue b) || b.value();
  }

  private boolean someIn(Expr.SomeIn si, Scope s, Frame f, Cont k) {
    return eval(
        si.collection(),
        s,
        f,
        c ->
            Elements.forEach(
                c,
                (key, val) ->
                    si.key() == null
                        ? match(si.value(), val, s, f, k)
                        : match(si.key(), key, s, f, () -> match(si.value(), val, s, f, k))));
  }

  private boolean every(Expr.Every ev, Scope s, Frame f, Cont k) {
    return eval(
        ev.domain(),
        s,
        f,
        d -> {
          if (!Elements.isCollection(d)) {
            return false;
          }
          boolean[] failed = {false};
          Elements.forEach(
              d,
              (key, val) -> {
                Cont body = () -> body(ev.body().literals(), 0, s, f, () -> true);
                boolean ok =
                    ev.key() == null
                        ? match(ev.value(), val, s, f, body)
                        : match(ev.key(), key, s, f, () -> match(ev.value(), val, s, f, body));
                if (!ok) {
                  failed[0] = true;
                  return true;
                }
                return false;
              });
          return failed[0] ? false : k.run();
        });
  }

  // ---- unification ---------------------------------------------------------------------------

  boolean unify(Term a, Term b, Scope s, Frame f, Cont k) {
    a = deref(a, f);
    b = deref(b, f);
    if (a instanceof Var va && isFree(va)) {
      if (b instanceof Var vb && isFree(vb)) {
        throw unsafe(vb);
      }
      return bindTo(va, b, s, f, k);
    }
    if (b instanceof Var vb && isFree(vb)) {
      return bindTo(vb, a, s, f, k);
    }
    if (a instanceof ArrayTerm x && b instanceof ArrayTerm y) {
      if (x.elements().size() != y.elements().size()) {
        return false;
      }
      return unifyPairs(x.elements(), y.elements(), 0, s, f, k);
    }
    if (a instanceof ObjectTerm x
        && b instanceof ObjectTerm y
        && (isPattern(a, f) || isPattern(b, f))) {
      return unifyObjects(x, y, s, f, k);
    }
    if (isPattern(a, f)) {
      Term pattern = a;
      return eval(b, s, f, v -> match(pattern, v, s, f, k));
    }
    if (isPattern(b, f)) {
      Term pattern = b;
      return eval(a, s, f, v -> match(pattern, v, s, f, k));
    }
    Term right = b;
    return eval(a, s, f, va -> eval(right, s, f, vb -> va.equals(vb) ? k.run() : false));
  }

  /** Binds the free variable {@code v} to each value of {@code t}. */
  private boolean bindTo(Var v, Term t, Scope s, Frame f, Cont k) {
    Value direct = this.direct.of(t, s, f);
    if (direct != Direct.NOT_SIMPLE) {
      return direct != null && f.bind(v.name(), direct, k);
    }
    return eval(t, s, f, value -> f.bind(v.name(), value, k));
  }

  private boolean unifyObjects(ObjectTerm x, ObjectTerm y, Scope s, Frame f, Cont k) {
    if (x.entries().size() != y.entries().size()) {
      return false;
    }
    List<Term> keys = new ArrayList<>();
    x.entries().forEach(e -> keys.add(e.key()));
    y.entries().forEach(e -> keys.add(e.key()));
    return list(
        keys,
        s,
        f,
        ks -> {
          int n = x.entries().size();
          TreeMap<Value, Term> right = new TreeMap<>();
          for (int i = 0; i < n; i++) {
            right.put(ks.get(n + i), y.entries().get(i).value());
          }
          List<Term> xs = new ArrayList<>();
          List<Term> ys = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            Term other = right.get(ks.get(i));
            if (other == null) {
              return false;
            }
            xs.add(x.entries().get(i).value());
            ys.add(other);
          }
          return unifyPairs(xs, ys, 0, s, f, k);
        });
  }

  private boolean unifyPairs(List<Term> xs, List<Term> ys, int i, Scope s, Frame f, Cont k) {
    if (i == xs.size()) {
      return k.run();
    }
    Term x = deref(xs.get(i), f);
    Term y = deref(ys.get(i), f);
    boolean xReady = !isPattern(x, f) || x instanceof Var;
    boolean yReady = !isPattern(y, f) || y instanceof Var;
    if (!xReady && !yReady) {
      for (int j = i + 1; j < xs.size(); j++) {
        if (!isPattern(xs.get(j), f) || !isPattern(ys.get(j), f)) {
          List<Term> xs2 = new ArrayList<>(xs);
          List<Term> ys2 = new ArrayList<>(ys);
          xs2.set(i, xs.get(j));
          xs2.set(j, xs.get(i));
          ys2.set(i, ys.get(j));
          ys2.set(j, ys.get(i));
          return unifyPairs(xs2, ys2, i, s, f, k);
        }
      }
    }
    return unify(x, y, s, f, () -> unifyPairs(xs, ys, i + 1, s, f, k));
  }

  /** Matches a term that may hold unbound variables against a value, binding them. */
  boolean match(Term p, Value v, Scope s, Frame f, Cont k) {
    if (p instanceof Var var && isFree(var)) {
      Value bound = f.get(var.name());
      if (bound != null) {
        return bound.equals(v) ? k.run() : false;
      }
      return f.bind(var.name(), v, k);
    }
    if (p instanceof Scalar sc) {
      return sc.value().equals(v) ? k.run() : false;
    }
    if (p instanceof ArrayTerm a && isPattern(p, f)) {
      if (!(v instanceof ArrayValue av) || av.size() != a.elements().size()) {
        return false;
      }
      return matchAll(a.elements(), av.elements(), 0, s, f, k);
    }
    if (p instanceof ObjectTerm o && isPattern(p, f)) {
      if (!(v instanceof ObjectValue ov) || ov.size() != o.entries().size()) {
        return false;
      }
      return matchEntries(o.entries(), 0, ov, s, f, k);
    }
    return eval(p, s, f, pv -> pv.equals(v) ? k.run() : false);
  }

  boolean matchAll(List<Term> ps, List<Value> vs, int i, Scope s, Frame f, Cont k) {
    // Plain variables and constants (most function arguments) match in place.
    int mark = f.size();
    try {
      int at = i;
      for (; at < ps.size(); at++) {
        Term p = ps.get(at);
        Value v = vs.get(at);
        if (p instanceof Var var && isFree(var)) {
          Value bound = f.get(var.name());
          if (bound == null) {
            f.push(var.name(), v);
          } else if (!bound.equals(v)) {
            return false;
          }
        } else if (p instanceof Scalar sc) {
          if (!sc.value().equals(v)) {
            return false;
          }
        } else {
          break;
        }
      }
      if (at == ps.size()) {
        return k.run();
      }
      int next = at + 1;
      return match(ps.get(at), vs.get(at), s, f, () -> matchAll(ps, vs, next, s, f, k));
    } finally {
      f.reset(mark);
    }
  }

  private boolean matchEntries(
      List<ObjectTerm.Entry> es, int i, ObjectValue ov, Scope s, Frame f, Cont k) {
    if (i == es.size()) {
      return k.run();
    }
    ObjectTerm.Entry e = es.get(i);
    return eval(
        e.key(),
        s,
        f,
        key -> {
          Value val = ov.get(key);
          if (val == null) {
            return false;
          }
          return match(e.value(), val, s, f, () -> matchEntries(es, i + 1, ov, s, f, k));
        });
  }

  /** True for a variable that is not a root document. */
  boolean isFree(Var v) {
    return !v.name().equals("input") && !v.name().equals("data");
  }

  /** True when {@code t} holds unbound variables at pattern positions. */
  boolean isPattern(Term t, Frame f) {
    if (t instanceof Var v) {
      return isFree(v) && f.get(v.name()) == null;
    }
    if (t instanceof ArrayTerm a) {
      for (Term e : a.elements()) {
        if (isPattern(e, f)) {
          return true;
        }
      }
      return false;
    }
    if (t instanceof ObjectTerm o) {
      for (ObjectTerm.Entry e : o.entries()) {
        if (isPattern(e.value(), f)) {
          return true;
        }
      }
    }
    return false;
  }

  Term deref(Term t, Frame f) {
    if (t instanceof Var v) {
      Value bound = f.get(v.name());
      if (bound != null) {
        return new Scalar(bound, v.location());
      }
    }
    return t;
  }

  static EvalException unsafe(Var v) {
    String name = v.name();
    int cut = name.indexOf('$');
    return new EvalException(
        "rego_unsafe_var_error",
        "var " + (cut > 0 ? name.substring(0, cut) : name) + " is unsafe",
        v.location());
  }

  // ---- terms ---------------------------------------------------------------------------------

  boolean eval(Term t, Scope s, Frame f, ValueCont k) {
    if (t instanceof Scalar sc) {
      return k.accept(sc.value());
    }
    if (t instanceof Var v) {
      Value bound = f.get(v.name());
      if (bound != null) {
        return k.accept(bound);
      }
      if (v.name().equals("input")) {
        return s.input == null ? false : k.accept(s.input);
      }
      if (v.name().equals("data")) {
        return docs.ref(List.of(), s, f, k);
      }
      throw unsafe(v);
    }
    if (t instanceof Ref r) {
      Value v = direct.of(r, s, f);
      if (v != Direct.NOT_SIMPLE) {
        return v != null && k.accept(v);
      }
      return ref(r, s, f, k);
    }
    if (t instanceof Call c) {
      if (options.shortcuts() && direct.simple(c, s, f)) {
        Value v = direct.value(c, s, f);
        return v != null && k.accept(v);
      }
      return calls.call(c, s, f, k);
    }
    if (t instanceof ArrayTerm a) {
      return list(a.elements(), s, f, vs -> k.accept(new ArrayValue(vs)));
    }
    if (t instanceof SetTerm st) {
      return list(st.elements(), s, f, vs -> k.accept(SetValue.of(vs)));
    }
    if (t instanceof ObjectTerm o) {
      return object(o, s, f, k);
    }
    if (t instanceof ArrayCompr c) {
      List<Value> out = new ArrayList<>();
      body(c.body().literals(), 0, s, f, () -> eval(c.head(), s, f, v -> collect(out, v)));
      return k.accept(new ArrayValue(out));
    }
    if (t instanceof SetCompr c) {
      List<Value> out = new ArrayList<>();
      body(c.body().literals(), 0, s, f, () -> eval(c.head(), s, f, v -> collect(out, v)));
      return k.accept(SetValue.of(out));
    }
    if (t instanceof ObjectCompr c) {
      return k.accept(objectComprehension(c, s, f));
    }
    if (t instanceof io.eksform.rego.ast.WithTerm w) {
      Scope inner = withs.apply(w.withs(), s, f);
      return inner == null ? false : eval(w.term(), inner, f, k);
    }
    if (t instanceof TemplateString ts) {
      return k.accept(Templates.render(this, ts, s, f));
    }
    throw new IllegalStateException("unknown term " + t);
  }

  private static boolean collect(List<Value> out, Value v) {
    out.add(v);
    return false;
  }

  private boolean object(ObjectTerm o, Scope s, Frame f, ValueCont k) {
    List<Term> flat = new ArrayList<>();
    for (ObjectTerm.Entry e : o.entries()) {
      flat.add(e.key());
      flat.add(e.value());
    }
    return list(
        flat,
        s,
        f,
        vs -> {
          TreeMap<Value, Value> m = new TreeMap<>();
          for (int i = 0; i < vs.size(); i += 2) {
            m.put(vs.get(i), vs.get(i + 1));
          }
          return k.accept(ObjectValue.wrap(m));
        });
  }

  private Value objectComprehension(ObjectCompr c, Scope s, Frame f) {
    TreeMap<Value, Value> out = new TreeMap<>();
    body(
        c.body().literals(),
        0,
        s,
        f,
        () ->
            eval(
                c.key(),
                s,
                f,
                key ->
                    eval(
                        c.value(),
                        s,
                        f,
                        val -> {
                          Value old = out.putIfAbsent(key, val);
                          if (old != null && !old.equals(val)) {
                            throw EvalException.conflict(
                                "object keys must be unique", c.location());
                          }
                          return false;
                        })));
    return ObjectValue.wrap(out);
  }

  /** Evaluates every term of {@code ts}, calling {@code k} for each combination of values. */
  boolean list(List<Term> ts, Scope s, Frame f, ListCont k) {
    int size = ts.size();
    Value[] acc = new Value[size];
    boolean simple = true;
    for (int i = 0; i < size && simple; i++) {
      Value v = direct.of(ts.get(i), s, f);
      if (v == null) {
        return false;
      }
      simple = v != Direct.NOT_SIMPLE;
      acc[i] = v;
    }
    if (simple) {
      return k.accept(Arrays.asList(acc));
    }
    int[] order = new int[size];
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (!(ts.get(i) instanceof Var v && isFree(v) && f.get(v.name()) == null)) {
        order[n++] = i;
      }
    }
    for (int i = 0; i < size; i++) {
      if (ts.get(i) instanceof Var v && isFree(v) && f.get(v.name()) == null) {
        order[n++] = i;
      }
    }
    return listFrom(ts, order, 0, acc, s, f, k);
  }

  private boolean listFrom(
      List<Term> ts, int[] order, int i, Value[] acc, Scope s, Frame f, ListCont k) {
    if (i == ts.size()) {
      return k.accept(Arrays.asList(acc.clone()));
    }
    int at = order[i];
    return eval(
        ts.get(at),
        s,
        f,
        v -> {
          acc[at] = v;
          return listFrom(ts, order, i + 1, acc, s, f, k);
        });
  }

  /** Continuation over a list of values. */
  @FunctionalInterface
  interface ListCont {
    boolean accept(List<Value> values);
  }

  // ---- references ----------------------------------------------------------------------------

  private boolean ref(Ref r, Scope s, Frame f, ValueCont k) {
    Term head = r.head();
    if (head instanceof Var v) {
      Value bound = f.get(v.name());
      if (bound != null) {
        return walk(bound, r.path(), 0, s, f, k);
      }
      if (v.name().equals("data")) {
        return docs.ref(r.path(), s, f, k);
      }
      if (v.name().equals("input")) {
        return s.input == null ? false : walk(s.input, r.path(), 0, s, f, k);
      }
      throw unsafe(v);
    }
    return eval(head, s, f, hv -> walk(hv, r.path(), 0, s, f, k));
  }

  /** Follows {@code path} from {@code i} into {@code cur}, iterating over unbound segments. */
  boolean walk(Value cur, List<Term> path, int i, Scope s, Frame f, ValueCont k) {
    if (i == path.size()) {
      return k.accept(cur);
    }
    Term seg = deref(path.get(i), f);
    if (isPattern(seg, f)) {
      return Elements.forEach(
          cur, (key, val) -> match(seg, key, s, f, () -> walk(val, path, i + 1, s, f, k)));
    }
    return eval(
        seg,
        s,
        f,
        key -> {
          Value child = Elements.lookup(cur, key);
          return child == null ? false : walk(child, path, i + 1, s, f, k);
        });
  }

  /** The bindings of the query's variables, for result rows. */
  static Map<String, Value> row(Frame f, List<String> vars) {
    Map<String, Value> out = new TreeMap<>();
    for (String v : vars) {
      Value val = f.get(v);
      if (val != null) {
        out.put(v, val);
      }
    }
    return out;
  }
}

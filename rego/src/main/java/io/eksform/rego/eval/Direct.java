package io.eksform.rego.eval;

import io.eksform.rego.ast.ArrayTerm;
import io.eksform.rego.ast.Call;
import io.eksform.rego.ast.ObjectTerm;
import io.eksform.rego.ast.Ref;
import io.eksform.rego.ast.Scalar;
import io.eksform.rego.ast.SetTerm;
import io.eksform.rego.ast.Term;
import io.eksform.rego.ast.Var;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Evaluation without the search for terms that have at most one value and bind nothing: most
 * arguments, references and calls of a policy. It gives the value at once instead of through
 * continuations, which is what makes it cheap; every other term is left to {@link Eval}.
 */
final class Direct {
  /** What {@link #of} answers for a term that needs the search. */
  static final Value NOT_SIMPLE = new StringValue(new String("not simple"));

  private final Eval eval;

  Direct(Eval eval) {
    this.eval = eval;
  }

  /**
   * The single value of a term that needs no search: a constant, a bound variable, {@code input}, a
   * reference from one of those (or from {@code data}) along constant or bound keys, and calls,
   * arrays, sets and objects made of such terms. Null when such a term is undefined; {@link
   * #NOT_SIMPLE} for every other term, decided before anything is evaluated, so that the caller can
   * fall back to the search.
   */
  Value of(Term t, Scope s, Frame f) {
    if (!eval.options.shortcuts()) {
      return NOT_SIMPLE;
    }
    if (t instanceof Scalar sc) {
      return sc.value();
    }
    if (t instanceof Var v) {
      Value bound = f.get(v.name());
      if (bound != null) {
        return bound;
      }
      return v.name().equals("input") ? s.input : NOT_SIMPLE;
    }
    if (t instanceof Ref r) {
      return simpleRef(r, f) ? refValue(r, s, f) : NOT_SIMPLE;
    }
    if (t instanceof Call
        || t instanceof ArrayTerm
        || t instanceof SetTerm
        || t instanceof ObjectTerm) {
      return simple(t, s, f) ? value(t, s, f) : NOT_SIMPLE;
    }
    return NOT_SIMPLE;
  }

  /** True when {@link #of} can evaluate {@code t}; evaluates nothing. */
  boolean simple(Term t, Scope s, Frame f) {
    if (t instanceof Scalar) {
      return true;
    }
    if (t instanceof Var v) {
      return v.name().equals("input") || f.get(v.name()) != null;
    }
    if (t instanceof Ref r) {
      return simpleRef(r, f);
    }
    if (t instanceof Call c) {
      return eval.calls.simple(c, s) && allSimple(c.args(), s, f);
    }
    if (t instanceof ArrayTerm a) {
      return allSimple(a.elements(), s, f);
    }
    if (t instanceof SetTerm st) {
      return allSimple(st.elements(), s, f);
    }
    if (t instanceof ObjectTerm o) {
      List<ObjectTerm.Entry> entries = o.entries();
      for (int i = 0; i < entries.size(); i++) {
        ObjectTerm.Entry e = entries.get(i);
        if (!simple(e.key(), s, f) || !simple(e.value(), s, f)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private boolean allSimple(List<Term> ts, Scope s, Frame f) {
    for (int i = 0; i < ts.size(); i++) {
      if (!simple(ts.get(i), s, f)) {
        return false;
      }
    }
    return true;
  }

  /** A reference from a bound variable, input or data along constant or bound keys. */
  private boolean simpleRef(Ref r, Frame f) {
    if (!(r.head() instanceof Var hv)) {
      return false;
    }
    String name = hv.name();
    if (!name.equals("input") && !name.equals("data") && f.get(name) == null) {
      return false;
    }
    List<Term> path = r.path();
    for (int i = 0; i < path.size(); i++) {
      Term seg = path.get(i);
      if (!(seg instanceof Scalar) && !(seg instanceof Var sv && f.get(sv.name()) != null)) {
        return false;
      }
    }
    return true;
  }

  /** The value of a term {@link #simple} accepted, or null when undefined. */
  Value value(Term t, Scope s, Frame f) {
    if (t instanceof Call c) {
      List<Term> args = c.args();
      Value[] vals = new Value[args.size()];
      for (int i = 0; i < vals.length; i++) {
        Value v = value(args.get(i), s, f);
        if (v == null) {
          return null;
        }
        vals[i] = v;
      }
      return eval.calls.invokeDirect(c, Arrays.asList(vals), s);
    }
    if (t instanceof ArrayTerm a) {
      List<Value> vals = values(a.elements(), s, f);
      return vals == null ? null : new ArrayValue(vals);
    }
    if (t instanceof SetTerm st) {
      List<Value> vals = values(st.elements(), s, f);
      return vals == null ? null : SetValue.of(vals);
    }
    if (t instanceof ObjectTerm o) {
      TreeMap<Value, Value> m = new TreeMap<>();
      List<ObjectTerm.Entry> entries = o.entries();
      for (int i = 0; i < entries.size(); i++) {
        ObjectTerm.Entry e = entries.get(i);
        Value key = value(e.key(), s, f);
        Value val = key == null ? null : value(e.value(), s, f);
        if (val == null) {
          return null;
        }
        m.put(key, val);
      }
      return ObjectValue.wrap(m);
    }
    if (t instanceof Ref r) {
      return refValue(r, s, f);
    }
    return of(t, s, f);
  }

  private List<Value> values(List<Term> ts, Scope s, Frame f) {
    Value[] vals = new Value[ts.size()];
    for (int i = 0; i < vals.length; i++) {
      Value v = value(ts.get(i), s, f);
      if (v == null) {
        return null;
      }
      vals[i] = v;
    }
    return Arrays.asList(vals);
  }

  /** The value of a reference {@link #simpleRef} accepted, or null when undefined. */
  private Value refValue(Ref r, Scope s, Frame f) {
    String name = ((Var) r.head()).name();
    Value cur = f.get(name);
    if (cur == null) {
      if (name.equals("data")) {
        return dataDirect(r.path(), s, f);
      }
      cur = s.input;
    }
    List<Term> path = r.path();
    for (int i = 0; i < path.size() && cur != null; i++) {
      Term seg = path.get(i);
      Value key = seg instanceof Scalar sc ? sc.value() : f.get(((Var) seg).name());
      cur = Elements.lookup(cur, key);
    }
    return cur;
  }

  /** A {@code data} reference along constant or bound keys has at most one value. */
  private Value dataDirect(List<Term> path, Scope s, Frame f) {
    Value[] keys = new Value[path.size()];
    for (int i = 0; i < keys.length; i++) {
      Term seg = path.get(i);
      keys[i] = seg instanceof Scalar sc ? sc.value() : f.get(((Var) seg).name());
    }
    Value at = eval.docs.at(keys, s);
    if (at != NOT_SIMPLE) {
      return at;
    }
    Value[] out = {null};
    eval.docs.ref(
        path,
        s,
        f,
        v -> {
          out[0] = v;
          return true;
        });
    return out[0];
  }
}

package io.eksform.rego.compile;

import io.eksform.rego.ast.ArrayCompr;
import io.eksform.rego.ast.ArrayTerm;
import io.eksform.rego.ast.Call;
import io.eksform.rego.ast.ObjectCompr;
import io.eksform.rego.ast.ObjectTerm;
import io.eksform.rego.ast.Ref;
import io.eksform.rego.ast.SetCompr;
import io.eksform.rego.ast.SetTerm;
import io.eksform.rego.ast.TemplateString;
import io.eksform.rego.ast.Term;
import io.eksform.rego.ast.Terms;
import io.eksform.rego.ast.Var;
import java.util.HashSet;
import java.util.Set;

/**
 * The variable sets that safety analysis needs: which variables a term requires to be bound before
 * it can be evaluated, and which it binds itself (patterns and reference iteration).
 */
final class VarSets {
  private final Set<String> outer;

  /** {@code outer}: variables visible outside comprehensions (captured by closure). */
  VarSets(Set<String> outer) {
    this.outer = outer;
  }

  boolean outerContains(String v) {
    return outer.contains(v);
  }

  /** Variables that must be bound to evaluate {@code t} as a value. */
  Set<String> inputs(Term t) {
    Set<String> out = new HashSet<>();
    inputs(t, out);
    return out;
  }

  private void inputs(Term t, Set<String> out) {
    if (t instanceof Var v) {
      if (!isRoot(v)) {
        out.add(v.name());
      }
    } else if (t instanceof Ref r) {
      inputs(r.head(), out);
      for (Term seg : r.path()) {
        segmentInputs(seg, out);
      }
    } else if (t instanceof ArrayTerm a) {
      a.elements().forEach(e -> inputs(e, out));
    } else if (t instanceof SetTerm s) {
      s.elements().forEach(e -> inputs(e, out));
    } else if (t instanceof ObjectTerm o) {
      for (ObjectTerm.Entry e : o.entries()) {
        inputs(e.key(), out);
        inputs(e.value(), out);
      }
    } else if (t instanceof Call c) {
      c.args().forEach(a -> inputs(a, out));
    } else if (t instanceof TemplateString ts) {
      ts.parts().forEach(p -> inputs(p, out));
    } else if (t instanceof io.eksform.rego.ast.WithTerm w) {
      inputs(w.term(), out);
      w.withs().forEach(x -> inputs(x.value(), out));
    } else if (t instanceof ArrayCompr || t instanceof SetCompr || t instanceof ObjectCompr) {
      Set<String> all = new HashSet<>();
      Terms.vars(t, all);
      for (String v : all) {
        if (outer.contains(v)) {
          out.add(v);
        }
      }
    }
  }

  /** A reference segment: bare variables and composite patterns iterate; nested refs need input. */
  private void segmentInputs(Term seg, Set<String> out) {
    if (seg instanceof Var) {
      return;
    }
    if (seg instanceof ArrayTerm || seg instanceof ObjectTerm) {
      Set<String> nested = new HashSet<>();
      nonPatternInputs(seg, nested);
      out.addAll(nested);
      return;
    }
    inputs(seg, out);
  }

  /** Variables a pattern needs bound: those inside refs and calls, not its bare variables. */
  void nonPatternInputs(Term t, Set<String> out) {
    if (t instanceof Var) {
      return;
    }
    if (t instanceof ArrayTerm a) {
      a.elements().forEach(e -> nonPatternInputs(e, out));
    } else if (t instanceof ObjectTerm o) {
      for (ObjectTerm.Entry e : o.entries()) {
        inputs(e.key(), out);
        nonPatternInputs(e.value(), out);
      }
    } else {
      inputs(t, out);
    }
  }

  /** Variables bound by evaluating or matching {@code t}: pattern variables and ref iteration. */
  Set<String> outputs(Term t) {
    Set<String> out = new HashSet<>();
    outputs(t, out);
    return out;
  }

  private void outputs(Term t, Set<String> out) {
    if (t instanceof Var v) {
      if (!isRoot(v)) {
        out.add(v.name());
      }
    } else if (t instanceof Ref r) {
      refOutputs(r, out);
    } else if (t instanceof ArrayTerm a) {
      a.elements().forEach(e -> outputs(e, out));
    } else if (t instanceof ObjectTerm o) {
      for (ObjectTerm.Entry e : o.entries()) {
        outputs(e.value(), out);
      }
    } else if (t instanceof Call c) {
      c.args().forEach(a -> iterationOutputs(a, out));
    } else if (t instanceof SetTerm s) {
      s.elements().forEach(e -> iterationOutputs(e, out));
    }
  }

  /** Variables bound by reference iteration anywhere inside {@code t}. */
  void iterationOutputs(Term t, Set<String> out) {
    if (t instanceof Ref r) {
      refOutputs(r, out);
    } else if (t instanceof ArrayTerm a) {
      a.elements().forEach(e -> iterationOutputs(e, out));
    } else if (t instanceof SetTerm s) {
      s.elements().forEach(e -> iterationOutputs(e, out));
    } else if (t instanceof ObjectTerm o) {
      for (ObjectTerm.Entry e : o.entries()) {
        iterationOutputs(e.key(), out);
        iterationOutputs(e.value(), out);
      }
    } else if (t instanceof Call c) {
      c.args().forEach(a -> iterationOutputs(a, out));
    }
  }

  private void refOutputs(Ref r, Set<String> out) {
    iterationOutputs(r.head(), out);
    for (Term seg : r.path()) {
      if (seg instanceof Var v) {
        out.add(v.name());
      } else if (seg instanceof ArrayTerm || seg instanceof ObjectTerm) {
        outputs(seg, out);
      } else {
        iterationOutputs(seg, out);
      }
    }
  }

  private static boolean isRoot(Var v) {
    return v.name().equals("input") || v.name().equals("data");
  }
}

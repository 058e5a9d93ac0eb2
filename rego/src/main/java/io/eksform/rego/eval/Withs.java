package io.eksform.rego.eval;

import io.eksform.rego.ast.Ref;
import io.eksform.rego.ast.Scalar;
import io.eksform.rego.ast.Term;
import io.eksform.rego.ast.Var;
import io.eksform.rego.ast.With;
import io.eksform.rego.compile.RuleNode;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Opens the scope of a literal's {@code with} modifiers: replaced input, data and functions. */
final class Withs {
  private final Eval eval;

  Withs(Eval eval) {
    this.eval = eval;
  }

  /** The new scope, or null when a replacement value is undefined. */
  Scope apply(List<With> withs, Scope s, Frame f) {
    Value input = s.input;
    Value data = s.data;
    Map<List<Value>, Value> overrides = new HashMap<>(s.overrides);
    Map<String, Scope.Mock> mocks = new HashMap<>(s.mocks);
    for (With w : withs) {
      Term target = w.target();
      String root;
      List<Value> path = new ArrayList<>();
      if (target instanceof Var v) {
        root = v.name();
      } else if (target instanceof Ref r && r.head() instanceof Var v) {
        root = v.name();
        for (Term seg : r.path()) {
          Term d = eval.deref(seg, f);
          if (!(d instanceof Scalar sc)) {
            throw new EvalException(
                "eval_type_error", "with target must be a constant reference", w.location());
          }
          path.add(sc.value());
        }
      } else {
        throw new EvalException("eval_type_error", "invalid with target", w.location());
      }
      if (root.equals("input")) {
        Value v = single(w.value(), s, f);
        if (v == null) {
          return null;
        }
        input = Upsert.at(input, path, v);
      } else if (root.equals("data")) {
        RuleNode node = eval.policy.root().find(path);
        if (node != null && node.isFunction()) {
          mocks.put(dotted(root, path), mock(w.value(), s, f));
          continue;
        }
        Value v = single(w.value(), s, f);
        if (v == null) {
          return null;
        }
        data = Upsert.at(data, path, v);
        overrides.put(List.copyOf(path), v);
      } else {
        Scope.Mock m = mock(w.value(), s, f);
        if (m == null) {
          return null;
        }
        mocks.put(dotted(root, path), m);
      }
    }
    ObjectValue dataObject = data instanceof ObjectValue o ? o : ObjectValue.EMPTY;
    return new Scope(input, dataObject, overrides, mocks);
  }

  private static String dotted(String root, List<Value> path) {
    StringBuilder out = new StringBuilder(root);
    for (Value v : path) {
      out.append('.').append(v instanceof StringValue s ? s.value() : v.toString());
    }
    return out.toString();
  }

  private Scope.Mock mock(Term value, Scope s, Frame f) {
    String name = null;
    if (value instanceof Var v && f.get(v.name()) == null && eval.isFree(v)) {
      name = v.name();
    } else if (value instanceof Ref r && r.dottedName() != null) {
      String d = r.dottedName();
      if (d.startsWith("data.")) {
        RuleNode node = eval.policy.root().find(keys(r));
        if (node != null && node.isFunction()) {
          name = d;
        }
      } else if (!d.startsWith("input.")
          && r.head() instanceof Var hv
          && f.get(hv.name()) == null
          && eval.policy.builtins().find(d).isPresent()) {
        name = d;
      }
    }
    if (name != null) {
      return new Scope.Mock(null, name);
    }
    Value v = single(value, s, f);
    return v == null ? null : new Scope.Mock(v, null);
  }

  private static List<Value> keys(Ref r) {
    List<Value> out = new ArrayList<>();
    for (Term t : r.path()) {
      out.add(((Scalar) t).value());
    }
    return out;
  }

  private Value single(Term t, Scope s, Frame f) {
    Value[] out = {null};
    eval.eval(
        t,
        s,
        f,
        v -> {
          out[0] = v;
          return true;
        });
    return out[0];
  }
}

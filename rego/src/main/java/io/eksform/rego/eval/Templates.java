package io.eksform.rego.eval;

import io.eksform.rego.ast.Scalar;
import io.eksform.rego.ast.TemplateString;
import io.eksform.rego.ast.Term;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** Renders template strings: strings as they are, other values in Rego syntax. */
final class Templates {
  private Templates() {}

  static Value render(Eval eval, TemplateString ts, Scope s, Frame f) {
    StringBuilder out = new StringBuilder();
    for (Term part : ts.parts()) {
      if (part instanceof Scalar sc && sc.value() instanceof StringValue str) {
        out.append(str.value());
        continue;
      }
      List<Value> vs = new ArrayList<>();
      eval.eval(
          part,
          s,
          f,
          v -> {
            vs.add(v);
            return false;
          });
      if (vs.isEmpty()) {
        out.append("<undefined>");
      } else if (vs.size() == 1) {
        Value v = vs.get(0);
        out.append(v instanceof StringValue str ? str.value() : v.toRego());
      } else {
        throw new EvalException(
            "eval_conflict_error",
            "template-strings must not produce multiple outputs",
            ts.location());
      }
    }
    return StringValue.of(out.toString());
  }
}

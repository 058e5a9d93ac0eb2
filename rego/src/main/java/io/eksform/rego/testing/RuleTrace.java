package io.eksform.rego.testing;

import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.ast.Body;
import io.eksform.rego.ast.Literal;
import io.eksform.rego.eval.EvalException;
import io.eksform.rego.eval.Options;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The evaluation of one rule for one input, expression by expression, in the spirit of {@code
 * conftest --trace}: each body is entered, each expression evaluated with the number of solutions
 * so far, and the first one without a solution shown as {@code Fail} with its operands' values.
 */
public final class RuleTrace {
  private RuleTrace() {}

  /** The trace lines of the rule at {@code path} ({@code data.main.deny}) for {@code input}. */
  public static List<String> trace(PreparedPolicy policy, String path, Value input) {
    Options options = Options.defaults();
    List<String> out = new ArrayList<>();
    List<Body> bodies = policy.bodies(path);
    if (bodies.isEmpty()) {
      out.add("Note " + path + " has no rule to trace");
      return out;
    }
    for (Body body : bodies) {
      List<Literal> literals = body.literals();
      out.add(
          "Enter "
              + path
              + (literals.isEmpty() ? "" : " (" + FailureExplainer.where(literals.get(0)) + ")"));
      boolean failed = false;
      for (int i = 0; i < literals.size() && !failed; i++) {
        Literal l = literals.get(i);
        List<Map<String, Value>> rows;
        try {
          rows = policy.evalBody(new Body(literals.subList(0, i + 1)), input, options);
        } catch (EvalException e) {
          out.add("| Error " + FailureExplainer.where(l) + " " + e.getMessage());
          failed = true;
          continue;
        }
        if (rows.isEmpty()) {
          out.add("| Fail " + FailureExplainer.where(l) + " " + FailureExplainer.text(l));
          FailureExplainer.operandValues(policy, literals.subList(0, i), l, input, options)
              .forEach((k, v) -> out.add("|   " + k + " = " + v));
          failed = true;
        } else {
          out.add(
              "| Eval "
                  + FailureExplainer.where(l)
                  + " "
                  + FailureExplainer.text(l)
                  + " ("
                  + rows.size()
                  + (rows.size() == 1 ? " solution)" : " solutions)"));
        }
      }
      if (!failed) {
        out.add("| Exit " + path);
      }
    }
    return out;
  }
}

package io.eksform.rego.testing;

import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.ast.Body;
import io.eksform.rego.ast.Call;
import io.eksform.rego.ast.Expr;
import io.eksform.rego.ast.Literal;
import io.eksform.rego.ast.Scalar;
import io.eksform.rego.ast.Term;
import io.eksform.rego.ast.Var;
import io.eksform.rego.eval.EvalException;
import io.eksform.rego.eval.Options;
import io.eksform.rego.parse.Printer;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Says why a test was undefined, as {@code opa test -v} does: the first expression of its body that
 * has no solution, at its line, with the values of its operands under the bindings before it.
 */
final class FailureExplainer {
  private static final String OPERAND = "__operand__";

  private FailureExplainer() {}

  /** The explanation, or {@code "undefined"} when no single expression can be blamed. */
  static String explain(PreparedPolicy policy, String test, Options options) {
    List<Body> bodies = policy.bodies(test);
    if (bodies.size() != 1) {
      return "undefined";
    }
    List<Literal> literals = bodies.get(0).literals();
    try {
      for (int i = 0; i < literals.size(); i++) {
        Body upTo = new Body(literals.subList(0, i + 1));
        if (policy.evalBody(upTo, null, options).isEmpty()) {
          Literal failed = literals.get(i);
          StringBuilder out = new StringBuilder(where(failed) + ": Fail " + text(failed));
          operandValues(policy, literals.subList(0, i), failed, null, options)
              .forEach((k, v) -> out.append("\n    ").append(k).append(" = ").append(v));
          return out.toString();
        }
      }
    } catch (EvalException e) {
      return "undefined";
    }
    return "undefined";
  }

  /** {@code file:row} of a literal, as OPA's traces print it. */
  static String where(Literal l) {
    return l.location().file() + ":" + l.location().row();
  }

  /** A literal as the user would write it. */
  static String text(Literal l) {
    return unwrap(Printer.print(l));
  }

  /**
   * The values of a literal's operands (a call's arguments, the sides of {@code =}) under the first
   * solution of the literals before it, by their text.
   */
  static Map<String, String> operandValues(
      PreparedPolicy policy, List<Literal> before, Literal failed, Value input, Options options) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Term operand : operands(failed.expr())) {
      if (operand instanceof Scalar) {
        continue;
      }
      List<Literal> probe = new ArrayList<>(before);
      probe.add(
          new Literal(
              new Expr.Unify(new Var(OPERAND, operand.location()), operand),
              false,
              failed.withs(),
              failed.location()));
      List<Map<String, Value>> rows;
      try {
        rows = policy.evalBody(new Body(probe), input, options);
      } catch (EvalException e) {
        continue;
      }
      String shown = unwrap(Printer.print(operand));
      values.put(shown, rows.isEmpty() ? "undefined" : rows.get(0).get(OPERAND).toRego());
    }
    return values;
  }

  /** Drops the parentheses the printer puts around a whole infix expression. */
  private static String unwrap(String text) {
    if (!text.startsWith("(") || !text.endsWith(")")) {
      return text;
    }
    int depth = 0;
    for (int i = 0; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0) {
        return text; // the first parenthesis closes before the end: (a) + (b)
      }
    }
    return text.substring(1, text.length() - 1);
  }

  /** The terms worth showing: a call's arguments, both sides of = and :=, or the term itself. */
  private static List<Term> operands(Expr e) {
    if (e instanceof Expr.TermExpr t) {
      if (t.term() instanceof Call c) {
        return c.args();
      }
      return List.of(t.term());
    }
    if (e instanceof Expr.Unify u) {
      return List.of(u.left(), u.right());
    }
    if (e instanceof Expr.Assign a) {
      return List.of(a.right());
    }
    return List.of();
  }
}

package io.eksform.rego.eval;

import io.eksform.rego.ast.Body;
import io.eksform.rego.ast.Terms;
import io.eksform.rego.compile.CompiledPolicy;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Evaluates a compiled query against a compiled policy and collects every solution as a row. */
public final class QueryRunner {
  private QueryRunner() {}

  /**
   * All solutions of {@code query}; each row binds the query's named variables. {@code input} may
   * be null (undefined).
   */
  public static List<Map<String, Value>> run(
      CompiledPolicy policy, Body query, Value input, ObjectValue data, Options options) {
    Eval eval = new Eval(policy, options);
    Scope scope = new Scope(input, data, Map.of(), Map.of());
    Set<String> all = new LinkedHashSet<>();
    Terms.vars(query, all);
    List<String> vars = new ArrayList<>();
    for (String v : all) {
      if (!v.contains("$") && !v.equals("input") && !v.equals("data")) {
        vars.add(v);
      }
    }
    Frame frame = new Frame();
    List<Map<String, Value>> rows = new ArrayList<>();
    try {
      eval.body(
          query.literals(),
          0,
          scope,
          frame,
          () -> {
            rows.add(Eval.row(frame, vars));
            return false;
          });
    } catch (StackOverflowError e) {
      // the depth budget did not catch it (a small thread stack, or deep values): say where
      throw new EvalException(
          "eval_budget_error",
          "evaluation nested too deeply for the thread's stack; shorten chains of rules and"
              + " nested values",
          eval.budget.deepest);
    } catch (OutOfMemoryError e) {
      rows.clear();
      throw new EvalException(
          "eval_budget_error",
          "evaluation ran out of memory; build smaller strings and collections",
          eval.budget.deepest);
    }
    return rows;
  }
}

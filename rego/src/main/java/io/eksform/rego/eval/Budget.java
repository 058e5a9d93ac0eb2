package io.eksform.rego.eval;

import io.eksform.rego.ast.Location;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.Map;

/**
 * Limits one evaluation in steps, wall time, bytes of values built and depth of rules evaluating
 * rules, so that a runaway policy ends with a clear error at its line instead of running forever,
 * exhausting the heap or overflowing the stack.
 */
final class Budget {
  private final long maxSteps;
  private final long maxBytes;
  private final int maxDepth;
  private final long deadline;
  private long steps;
  private long bytes;
  private int depth;

  /** The rule evaluated deepest right now: where a stack overflow is reported. */
  Location deepest;

  Budget(long maxSteps, long maxMillis, long maxBytes, int maxDepth) {
    this.maxSteps = maxSteps;
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
    this.deadline = System.nanoTime() + maxMillis * 1_000_000L;
  }

  void step() {
    steps++;
    if (steps > maxSteps) {
      throw new EvalException(
          "eval_budget_error",
          "evaluation stopped after "
              + maxSteps
              + " steps; simplify the policy or raise the budget",
          null);
    }
    if ((steps & 1023) == 0 && System.nanoTime() > deadline) {
      throw new EvalException(
          "eval_budget_error",
          "evaluation exceeded its time budget; simplify the policy or raise the budget",
          null);
    }
  }

  /** Counts a value {@code what} built at {@code at}; past the byte budget, a policy error. */
  void built(Value v, String what, Location at) {
    bytes += size(v);
    if (bytes > maxBytes) {
      throw tooBig(what, at);
    }
  }

  EvalException tooBig(String what, Location at) {
    return new EvalException(
        "eval_budget_error",
        "evaluation built more than "
            + (maxBytes >> 20)
            + " MiB of values (last: "
            + what
            + "); build smaller strings and collections",
        at);
  }

  /** Enters the evaluation of a rule; deeper than allowed is a policy error at the rule. */
  void enter(String rule, Location at) {
    depth++;
    deepest = at;
    if (depth > maxDepth) {
      depth = 0;
      throw new EvalException(
          "eval_budget_error",
          "rules nested more than "
              + maxDepth
              + " deep (at "
              + rule
              + "): each rule here needs the next; shorten the chain",
          at);
    }
  }

  void leave() {
    depth--;
  }

  /** The bytes a value holds, roughly and shallowly: its own strings and one word per element. */
  static long size(Value v) {
    if (v instanceof StringValue s) {
      return 16L + s.value().length();
    }
    long n = 16;
    if (v instanceof ArrayValue a) {
      for (Value e : a.elements()) {
        n += 8 + (e instanceof StringValue s ? s.value().length() : 0);
      }
    } else if (v instanceof SetValue s) {
      for (Value e : s.elements()) {
        n += 16 + (e instanceof StringValue str ? str.value().length() : 0);
      }
    } else if (v instanceof ObjectValue o) {
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        n += 24 + (e.getValue() instanceof StringValue str ? str.value().length() : 0);
      }
    }
    return n;
  }
}

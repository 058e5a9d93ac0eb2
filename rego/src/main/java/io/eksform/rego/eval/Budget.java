package io.eksform.rego.eval;

/**
 * Limits one evaluation in steps and wall time, so that a runaway policy ends with a clear error
 * instead of running forever.
 */
final class Budget {
  private final long maxSteps;
  private final long deadline;
  private long steps;

  Budget(long maxSteps, long maxMillis) {
    this.maxSteps = maxSteps;
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
}

package io.eksform.rego.eval;

import io.eksform.rego.ast.Location;
import java.io.PrintStream;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * How to evaluate one query: strict builtin errors, the step and time budget, where {@code print}
 * writes (null: nowhere), the query's clock and an optional listener of rule hits (coverage).
 */
public record Options(
    boolean strict,
    long maxSteps,
    long maxMillis,
    PrintStream printSink,
    Instant now,
    Consumer<Location> ruleHits) {

  /** Non-strict, ten million steps, ten seconds, no printing, the current time. */
  public static Options defaults() {
    return new Options(false, 10_000_000L, 10_000L, null, Instant.now(), null);
  }

  public Options withStrict(boolean value) {
    return new Options(value, maxSteps, maxMillis, printSink, now, ruleHits);
  }

  public Options withPrintSink(PrintStream sink) {
    return new Options(strict, maxSteps, maxMillis, sink, now, ruleHits);
  }

  /** Reports the location of every rule whose body succeeds, for coverage. */
  public Options withRuleHits(Consumer<Location> hits) {
    return new Options(strict, maxSteps, maxMillis, printSink, now, hits);
  }

  public Options withBudget(long steps, long millis) {
    return new Options(strict, steps, millis, printSink, now, ruleHits);
  }
}

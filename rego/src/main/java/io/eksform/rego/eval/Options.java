package io.eksform.rego.eval;

import java.io.PrintStream;
import java.time.Instant;

/**
 * How to evaluate one query: strict builtin errors, the step and time budget, where {@code print}
 * writes (null: nowhere) and the query's clock.
 */
public record Options(
    boolean strict, long maxSteps, long maxMillis, PrintStream printSink, Instant now) {

  /** Non-strict, ten million steps, ten seconds, no printing, the current time. */
  public static Options defaults() {
    return new Options(false, 10_000_000L, 10_000L, null, Instant.now());
  }

  public Options withStrict(boolean value) {
    return new Options(value, maxSteps, maxMillis, printSink, now);
  }

  public Options withPrintSink(PrintStream sink) {
    return new Options(strict, maxSteps, maxMillis, sink, now);
  }

  public Options withBudget(long steps, long millis) {
    return new Options(strict, steps, millis, printSink, now);
  }
}

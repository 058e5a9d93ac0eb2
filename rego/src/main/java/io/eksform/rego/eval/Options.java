package io.eksform.rego.eval;

import io.eksform.rego.ast.Location;
import java.io.PrintStream;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * How to evaluate one query: strict builtin errors, the step and time budget, where {@code print}
 * writes (null: nowhere), the query's clock, an optional listener of rule hits (coverage) and
 * whether terms that need no search are evaluated directly (the default; turning it off sends every
 * term through the search, which gives the same results, more slowly).
 */
public record Options(
    boolean strict,
    long maxSteps,
    long maxMillis,
    PrintStream printSink,
    Instant now,
    Consumer<Location> ruleHits,
    boolean shortcuts,
    long maxBytes,
    int maxDepth) {

  /** The bytes of strings and collections one evaluation may build by default: 256 MiB. */
  public static final long DEFAULT_MAX_BYTES = 256L << 20;

  /** How deep rules may need other rules by default. */
  public static final int DEFAULT_MAX_DEPTH = 200;

  /**
   * Non-strict, ten million steps, ten seconds, 256 MiB of built values, rules 200 deep, no
   * printing, the current time.
   */
  public static Options defaults() {
    return new Options(
        false,
        10_000_000L,
        10_000L,
        null,
        Instant.now(),
        null,
        true,
        DEFAULT_MAX_BYTES,
        DEFAULT_MAX_DEPTH);
  }

  public Options withStrict(boolean value) {
    return new Options(
        value, maxSteps, maxMillis, printSink, now, ruleHits, shortcuts, maxBytes, maxDepth);
  }

  public Options withPrintSink(PrintStream sink) {
    return new Options(
        strict, maxSteps, maxMillis, sink, now, ruleHits, shortcuts, maxBytes, maxDepth);
  }

  /** Reports the location of every rule whose body succeeds, for coverage. */
  public Options withRuleHits(Consumer<Location> hits) {
    return new Options(
        strict, maxSteps, maxMillis, printSink, now, hits, shortcuts, maxBytes, maxDepth);
  }

  /** Direct evaluation of terms that need no search on or off (the results are the same). */
  public Options withShortcuts(boolean value) {
    return new Options(
        strict, maxSteps, maxMillis, printSink, now, ruleHits, value, maxBytes, maxDepth);
  }

  public Options withBudget(long steps, long millis) {
    return new Options(
        strict, steps, millis, printSink, now, ruleHits, shortcuts, maxBytes, maxDepth);
  }

  /** The bytes of values an evaluation may build, and how deep rules may need rules. */
  public Options withMemory(long bytes, int depth) {
    return new Options(
        strict, maxSteps, maxMillis, printSink, now, ruleHits, shortcuts, bytes, depth);
  }
}

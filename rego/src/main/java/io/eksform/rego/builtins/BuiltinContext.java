package io.eksform.rego.builtins;

import java.io.PrintStream;
import java.time.Instant;

/** What a builtin may learn of its evaluation: a stable clock for one query, and the print sink. */
public interface BuiltinContext {
  /**
   * The time of the query; every {@code time.now_ns} call in one query returns the same instant.
   */
  Instant now();

  /** Where {@code print} writes, or null when printing is off. */
  PrintStream printSink();

  /** True when strict builtin errors are on. */
  boolean strict();
}

package io.eksform.engine.apply;

import java.time.Duration;

/**
 * How apply runs: how many changes at once, how replacements happen, how long a waiter may wait for
 * one object, how often it polls, and how often a waiting change reports that it still waits.
 */
public record ApplySettings(
    int parallelism,
    ReplaceStrategy replaceStrategy,
    Duration waitTimeout,
    Duration pollInterval,
    Duration progressInterval) {
  public ApplySettings {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
    }
  }

  /** Ten at once, create-before-destroy, 25 minutes per object, a poll every 5 s. */
  public static ApplySettings defaults() {
    return new ApplySettings(
        10,
        ReplaceStrategy.CREATE_BEFORE_DESTROY,
        Duration.ofMinutes(25),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10));
  }

  public ApplySettings withParallelism(int n) {
    return new ApplySettings(n, replaceStrategy, waitTimeout, pollInterval, progressInterval);
  }

  public ApplySettings withReplaceStrategy(ReplaceStrategy s) {
    return new ApplySettings(parallelism, s, waitTimeout, pollInterval, progressInterval);
  }

  /** Short polls, for the sandbox whose transitions take seconds. */
  public ApplySettings withPolling(Duration poll, Duration progress) {
    return new ApplySettings(parallelism, replaceStrategy, waitTimeout, poll, progress);
  }
}

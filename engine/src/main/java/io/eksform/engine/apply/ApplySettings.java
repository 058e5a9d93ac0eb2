package io.eksform.engine.apply;

import java.time.Duration;

/**
 * How apply runs: how many changes at once, how long a waiter may wait for one object, how often it
 * polls, and how often a waiting change reports that it still waits. How a replacement happens is
 * not a setting: the plan records it per change.
 */
public record ApplySettings(
    int parallelism, Duration waitTimeout, Duration pollInterval, Duration progressInterval) {
  public ApplySettings {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
    }
  }

  /** Ten at once, 25 minutes per object, a poll every 5 s. */
  public static ApplySettings defaults() {
    return new ApplySettings(
        10, Duration.ofMinutes(25), Duration.ofSeconds(5), Duration.ofSeconds(10));
  }

  public ApplySettings withParallelism(int n) {
    return new ApplySettings(n, waitTimeout, pollInterval, progressInterval);
  }

  /** Short polls, for the sandbox whose transitions take seconds. */
  public ApplySettings withPolling(Duration poll, Duration progress) {
    return new ApplySettings(parallelism, waitTimeout, poll, progress);
  }
}

package io.eksform.engine.apply;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with full jitter, capped, starting from the poll interval. */
final class Backoff {
  private final Duration base;
  private final Duration cap;
  private int attempt;

  Backoff(Duration base, Duration cap) {
    this.base = base;
    this.cap = cap;
  }

  Duration next() {
    long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt, 16));
    attempt++;
    return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
  }
}

package io.eksform.sandbox.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Applies the configured {@link FaultRule}s to each call before it reaches the account. */
final class FaultInjector {
  private final List<FaultRule> rules;
  private final Random random;
  private final Map<FaultRule, AtomicInteger> calls = new ConcurrentHashMap<>();

  FaultInjector(List<FaultRule> rules, long seed) {
    this.rules = List.copyOf(rules);
    this.random = new Random(seed);
  }

  /** Sleeps for any added latency, then returns the error to answer instead, if any. */
  Optional<AwsError> apply(String operation, int attempt, ServiceApi api) {
    for (FaultRule rule : rules) {
      if (!rule.matches(operation)) {
        continue;
      }
      if (!rule.latency().isZero()) {
        sleep(rule.latency().toMillis());
      }
      if (!rule.appliesToAttempt(attempt)) {
        continue;
      }
      int n = calls.computeIfAbsent(rule, r -> new AtomicInteger()).incrementAndGet();
      if (rule.failNthCall() > 0 && n == rule.failNthCall()) {
        return Optional.of(api.internalFailure());
      }
      if (rule.throttleRate() > 0 && nextDouble() < rule.throttleRate()) {
        return Optional.of(api.throttled());
      }
      if (rule.serverErrorRate() > 0 && nextDouble() < rule.serverErrorRate()) {
        return Optional.of(api.internalFailure());
      }
    }
    return Optional.empty();
  }

  private double nextDouble() {
    synchronized (random) {
      return random.nextDouble();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

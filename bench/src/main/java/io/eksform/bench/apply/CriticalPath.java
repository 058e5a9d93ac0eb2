package io.eksform.bench.apply;

import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The shortest time any scheduler could apply a plan in, given how long each change takes: the
 * longest chain of changes through their dependencies, and, for changes AWS runs one at a time
 * (Fargate profiles of a cluster), the earliest any of them can start plus all of them end to end.
 * Also the time the same changes take one after another, as a stack-by-stack tool would run them.
 */
public record CriticalPath(Duration bound, Duration sequential) {
  /**
   * @param plan the plan to apply
   * @param duration how long one change takes once it runs
   * @param serialised the changes AWS runs one at a time
   */
  public static CriticalPath of(
      Plan plan, Function<Change, Duration> duration, Predicate<Change> serialised) {
    List<Change> changes = plan.effectiveChanges();
    Map<String, Change> byAddress = new HashMap<>();
    changes.forEach(c -> byAddress.put(c.address().toString(), c));
    Map<String, Long> finish = new HashMap<>();
    long longest = 0;
    long sequential = 0;
    for (Change c : changes) {
      longest = Math.max(longest, finish(c, byAddress, duration, finish));
      sequential += duration.apply(c).toMillis();
    }
    long earliestSerialised = Long.MAX_VALUE;
    long serialisedTotal = 0;
    for (Change c : changes) {
      if (serialised.test(c)) {
        long own = duration.apply(c).toMillis();
        earliestSerialised =
            Math.min(earliestSerialised, finish(c, byAddress, duration, finish) - own);
        serialisedTotal += own;
      }
    }
    if (serialisedTotal > 0) {
      longest = Math.max(longest, earliestSerialised + serialisedTotal);
    }
    return new CriticalPath(Duration.ofMillis(longest), Duration.ofMillis(sequential));
  }

  /** When {@code c} ends at the earliest: after every change it depends on, then its own time. */
  private static long finish(
      Change c,
      Map<String, Change> byAddress,
      Function<Change, Duration> duration,
      Map<String, Long> memo) {
    String key = c.address().toString();
    Long known = memo.get(key);
    if (known != null) {
      return known;
    }
    long start = 0;
    for (var dep : c.dependsOn()) {
      Change before = byAddress.get(dep.toString());
      if (before != null) {
        start = Math.max(start, finish(before, byAddress, duration, memo));
      }
    }
    long end = start + duration.apply(c).toMillis();
    memo.put(key, end);
    return end;
  }
}

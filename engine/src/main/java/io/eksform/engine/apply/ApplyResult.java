package io.eksform.engine.apply;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** What an apply did: the changes done, those that failed (with why), and those not started. */
public record ApplyResult(
    List<String> done, SortedMap<String, String> failed, List<String> notStarted) {
  public ApplyResult {
    done = List.copyOf(done);
    failed = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(failed));
    notStarted = List.copyOf(notStarted);
  }

  public boolean succeeded() {
    return failed.isEmpty() && notStarted.isEmpty();
  }

  static ApplyResult of(List<String> done, Map<String, String> failed, List<String> notStarted) {
    return new ApplyResult(done, new TreeMap<>(failed), notStarted);
  }
}

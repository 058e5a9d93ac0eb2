package io.eksform.engine.plan;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A plan: every change the config asks of the live account, in a stable order, with the
 * fingerprints of the live objects it was computed from, its provenance, the problems found, and
 * notes on live objects the config does not manage. A value: renderers read it, apply executes it.
 */
public record Plan(
    String formatVersion,
    PlanTarget target,
    List<Change> changes,
    SortedMap<String, String> liveFingerprints,
    Provenance provenance,
    List<PlanProblem> problems,
    List<String> unmanaged) {
  /**
   * 1.1 added each replacement's strategy and the namespaces losing Fargate scheduling; 1.2 added
   * the fingerprint of the config as parsed ({@code provenance.config}), so that a saved plan is
   * stale only when the config's content changed, not its comments or layout, and says where.
   */
  public static final String FORMAT_VERSION = "1.2";

  public Plan {
    changes = changes.stream().sorted((a, b) -> a.address().compareTo(b.address())).toList();
    liveFingerprints = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(liveFingerprints));
    problems = List.copyOf(problems);
    unmanaged = List.copyOf(unmanaged);
  }

  /** The changes that do something (no no-ops). */
  public List<Change> effectiveChanges() {
    return changes.stream().filter(Change::isChange).toList();
  }

  public long count(Action action) {
    return changes.stream().filter(c -> c.action() == action).count();
  }

  public boolean hasChanges() {
    return changes.stream().anyMatch(Change::isChange);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == io.eksform.engine.lint.Severity.ERROR);
  }
}

package io.eksform.engine.plan;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A plan: every change the config asks of the live account, in a stable order, with the
 * fingerprints of the live objects it was computed from, its provenance, the problems found, notes
 * on live objects the config does not manage, and the parts of the config it does not act on; a
 * plan that destroys the cluster says so ({@code destroy}) and lists its deletions users first. A
 * value: renderers read it, apply executes it.
 */
public record Plan(
    String formatVersion,
    PlanTarget target,
    List<Change> changes,
    SortedMap<String, String> liveFingerprints,
    Provenance provenance,
    List<PlanProblem> problems,
    List<String> unmanaged,
    List<NotActedOn> notActedOn,
    List<Adoption> adopted,
    boolean destroy) {
  /**
   * 1.1 added each replacement's strategy and the namespaces losing Fargate scheduling; 1.2 the
   * parts of the config the plan does not act on ({@code notActedOn}), the live objects it adopts
   * ({@code adopted}), and the fingerprint of the config as parsed ({@code provenance.config}), so
   * that a saved plan is stale only when the config's content changed, not its comments or layout,
   * and says where; 1.3 whether the plan destroys the cluster ({@code destroy}).
   */
  public static final String FORMAT_VERSION = "1.3";

  /** A plan that does not destroy the cluster. */
  public Plan(
      String formatVersion,
      PlanTarget target,
      List<Change> changes,
      SortedMap<String, String> liveFingerprints,
      Provenance provenance,
      List<PlanProblem> problems,
      List<String> unmanaged,
      List<NotActedOn> notActedOn,
      List<Adoption> adopted) {
    this(
        formatVersion,
        target,
        changes,
        liveFingerprints,
        provenance,
        problems,
        unmanaged,
        notActedOn,
        adopted,
        false);
  }

  /** A plan that accounts for no config fields (plans read from files of format 1.1, tests). */
  public Plan(
      String formatVersion,
      PlanTarget target,
      List<Change> changes,
      SortedMap<String, String> liveFingerprints,
      Provenance provenance,
      List<PlanProblem> problems,
      List<String> unmanaged) {
    this(
        formatVersion,
        target,
        changes,
        liveFingerprints,
        provenance,
        problems,
        unmanaged,
        List.of(),
        List.of(),
        false);
  }

  public Plan {
    // A destroy lists what goes in the order it goes: users before what they use.
    java.util.Comparator<Change> order = (a, b) -> a.address().compareTo(b.address());
    changes = changes.stream().sorted(destroy ? order.reversed() : order).toList();
    liveFingerprints = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(liveFingerprints));
    problems = List.copyOf(problems);
    unmanaged = List.copyOf(unmanaged);
    notActedOn =
        notActedOn.stream()
            .sorted(
                java.util.Comparator.comparingInt(NotActedOn::line)
                    .thenComparing(NotActedOn::pointer))
            .toList();
    adopted = adopted.stream().sorted(java.util.Comparator.comparing(Adoption::address)).toList();
  }

  /** This plan adopting nothing (a plan against an imagined account has no one's to adopt). */
  public Plan withoutAdoptions() {
    return new Plan(
        formatVersion,
        target,
        changes,
        liveFingerprints,
        provenance,
        problems,
        unmanaged,
        notActedOn,
        List.of(),
        destroy);
  }

  /** This plan with other problems (what policies over the plan found, say). */
  public Plan withProblems(List<PlanProblem> others) {
    return new Plan(
        formatVersion,
        target,
        changes,
        liveFingerprints,
        provenance,
        others,
        unmanaged,
        notActedOn,
        adopted,
        destroy);
  }

  /** The parts of the config not acted on that eksform does not manage yet. */
  public List<NotActedOn> notManaged() {
    return notActedOn.stream()
        .filter(n -> n.disposition() == io.eksform.engine.ledger.Disposition.NOT_MANAGED)
        .toList();
  }

  /**
   * The parts of the config not acted on that may differ from what is live: all but those that are
   * validated only (no effect on AWS). While any is listed, a plan without changes cannot say the
   * account matches the config.
   */
  public List<NotActedOn> mayDiffer() {
    return notActedOn.stream()
        .filter(n -> n.disposition() != io.eksform.engine.ledger.Disposition.VALIDATED_ONLY)
        .toList();
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

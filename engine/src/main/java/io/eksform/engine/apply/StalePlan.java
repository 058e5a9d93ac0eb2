package io.eksform.engine.apply;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.Provenance;
import io.eksform.engine.plan.ReplaceStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares a saved plan with one made now from the same config: the plan is stale when a live
 * object it was computed from changed, or the config (as parsed) or the policies did.
 */
public final class StalePlan {
  private StalePlan() {}

  /**
   * The replacements of {@code saved} that record no strategy (a format 1.0 plan, made by an older
   * eksform): apply cannot know how its reviewer meant them to happen, so it refuses the plan.
   */
  public static List<String> undecidedReplacements(Plan saved) {
    return saved.effectiveChanges().stream()
        .filter(c -> c.action() == Action.REPLACE && c.replacement().isEmpty())
        .map(c -> c.address().toString())
        .toList();
  }

  /**
   * Whether {@code fresh} would do exactly what {@code planned} does (the same target, objects,
   * actions, states before and after, replacement strategies and order; see {@link PlanWork}),
   * whatever moved on in between: a Fargate profile that was CREATING and is now ACTIVE, say.
   */
  public static boolean sameWork(Plan planned, Plan fresh) {
    return PlanWork.differences(planned, fresh).isEmpty();
  }

  /**
   * The {@code --replace-strategy} that makes a fresh plan replace as {@code saved} does: a plan
   * that creates any replacement first was made with the default (or with create-before-destroy,
   * which plans the same), one that only destroys first with destroy-before-create (objects with
   * fixed names are destroyed first either way).
   */
  public static Optional<ReplaceStrategy> replaceStrategy(Plan saved) {
    List<ReplaceStrategy> used =
        saved.effectiveChanges().stream()
            .flatMap(c -> c.replacement().stream())
            .map(r -> r.strategy())
            .toList();
    return used.isEmpty() || used.contains(ReplaceStrategy.CREATE_BEFORE_DESTROY)
        ? Optional.empty()
        : Optional.of(ReplaceStrategy.DESTROY_BEFORE_CREATE);
  }

  /** How many changed paths of the config a message names before it counts the rest. */
  static final int PATHS_NAMED = 5;

  /** What changed since {@code saved} was made, one line each; empty when it is still current. */
  public static List<String> differences(Plan saved, Plan fresh) {
    List<String> out = new ArrayList<>();
    configChange(saved.provenance(), fresh.provenance()).ifPresent(out::add);
    if (!saved.provenance().policyDigest().equals(fresh.provenance().policyDigest())) {
      out.add("the policies changed");
    }
    Map<String, String> before = saved.liveFingerprints();
    Map<String, String> now = fresh.liveFingerprints();
    TreeSet<String> keys = new TreeSet<>(before.keySet());
    keys.addAll(now.keySet());
    for (String k : keys) {
      String b = before.getOrDefault(k, "absent");
      String n = now.getOrDefault(k, "absent");
      if (!b.equals(n)) {
        out.add(
            k
                + (b.equals("absent")
                    ? " appeared"
                    : n.equals("absent") ? " disappeared" : " changed"));
      }
    }
    return out;
  }

  /**
   * How the config changed: compared as parsed when the saved plan records its fingerprint (so a
   * comment or a re-indented line changes nothing), naming the paths that changed; by the digest of
   * its text for a plan of format 1.1 or before, which records nothing else.
   */
  private static Optional<String> configChange(Provenance saved, Provenance fresh) {
    String what = "the config file " + saved.configFile() + " changed";
    if (saved.config().isPresent() && fresh.config().isPresent()) {
      List<String> paths = saved.config().get().changesTo(fresh.config().get());
      if (paths.isEmpty()) {
        return Optional.empty();
      }
      List<String> named = paths.subList(0, Math.min(PATHS_NAMED, paths.size()));
      int more = paths.size() - named.size();
      return Optional.of(
          what
              + " ("
              + String.join(", ", named)
              + (more > 0 ? ", and " + more + " more" : "")
              + ")");
    }
    return saved.configDigest().equals(fresh.configDigest()) ? Optional.empty() : Optional.of(what);
  }
}

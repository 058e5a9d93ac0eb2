package io.eksform.engine.apply;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares a saved plan with one made now from the same config: the plan is stale when a live
 * object it was computed from changed, or the config or the policies did.
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
   * Whether {@code fresh} would do exactly what {@code planned} does (the same objects, actions and
   * end states, the same replacements), whatever moved on in between: a Fargate profile that was
   * CREATING and is now ACTIVE, say.
   */
  public static boolean sameWork(Plan planned, Plan fresh) {
    return work(planned).equals(work(fresh));
  }

  private static List<List<Object>> work(Plan plan) {
    return plan.effectiveChanges().stream()
        .map(c -> List.<Object>of(c.address(), c.action(), c.after(), c.replacement()))
        .toList();
  }

  /** What changed since {@code saved} was made, one line each; empty when it is still current. */
  public static List<String> differences(Plan saved, Plan fresh) {
    List<String> out = new ArrayList<>();
    if (!saved.provenance().configDigest().equals(fresh.provenance().configDigest())) {
      out.add("the config file " + saved.provenance().configFile() + " changed");
    }
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
}

package io.eksform.engine.intent;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.FargateProfileSpec;
import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.kinds.Planner;
import io.eksform.engine.live.LiveLaunchTemplate;
import io.eksform.engine.live.LiveState;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanOptions;
import io.eksform.engine.plan.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Plans what a change to a config asks for, without AWS, with the real {@link Planner}: the base
 * version is applied to an empty cluster in thought, and the head version is planned against what
 * that leaves. With no base (an added file) the head is planned against an empty cluster at its own
 * version, so everything it names is created.
 */
public final class IntentPlanner {
  private IntentPlanner() {}

  public static IntentPlan plan(
      Optional<ClusterSpec> base, ClusterSpec head, Provenance provenance) {
    return plan(base, head, provenance, false);
  }

  /**
   * The plan of {@code head}; with {@code strict}, a field eksform does not manage yet is an error
   * of the plan rather than a note.
   */
  public static IntentPlan plan(
      Optional<ClusterSpec> base, ClusterSpec head, Provenance provenance, boolean strict) {
    SortedSet<String> subnets = new TreeSet<>(subnetsOf(head));
    base.ifPresent(b -> subnets.addAll(subnetsOf(b)));
    List<ClusterSpec> versions = new ArrayList<>();
    base.ifPresent(versions::add);
    versions.add(head);
    List<LiveLaunchTemplate> templates = PlaceholderTemplates.of(versions);
    // Deletes are what the author asks for when an object leaves the config: plan with prune.
    PlanOptions options = new PlanOptions(true, provenance);
    if (base.isEmpty()) {
      AppliedState state = new AppliedState(head, subnets, templates);
      return new IntentPlan(
          Planner.plan(head, state.empty(head), options.withStrict(strict)), true);
    }
    ClusterSpec before = base.get();
    AppliedState state = new AppliedState(before, subnets, templates);
    LiveState empty = state.empty(before);
    Plan creation = Planner.plan(before, empty, options);
    LiveState applied = state.applied(before, creation);
    return new IntentPlan(Planner.plan(head, applied, options.withStrict(strict)), false);
  }

  private static SortedSet<String> subnetsOf(ClusterSpec spec) {
    SortedSet<String> out = new TreeSet<>();
    for (FargateProfileSpec p : spec.fargateProfiles()) {
      out.addAll(p.subnets());
    }
    for (NodeGroupSpec n : spec.managedNodeGroups()) {
      out.addAll(n.subnets());
    }
    return out;
  }
}

package io.eksform.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.kinds.Planner;
import io.eksform.engine.live.LiveState;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Adopt, never churn: what eksform would create for a config, made by eksctl instead (eksctl's
 * names, tags and labels), plans no change, and the plan says it adopts each object.
 */
class AdoptionProperties {
  private static final PlanOptions OPTIONS =
      new PlanOptions(false, new Provenance("test", "c.yaml", "d", "p", Optional.empty()));

  @Property(tries = 200)
  void whatEksctlMadeForTheConfigPlansNoChange(@ForAll("clusters") ClusterSpec spec) {
    Plan creation = Planner.plan(spec, LiveFromDesired.empty(spec.name(), "1.32"), OPTIONS);
    LiveState byEksctl = EksctlMarks.relabel(LiveFromDesired.applied(spec, creation), spec);
    Plan plan = Planner.plan(spec, byEksctl, OPTIONS);
    assertEquals(List.of(), plan.effectiveChanges(), () -> plan.effectiveChanges().toString());
    assertTrue(plan.problems().isEmpty(), plan.problems()::toString);
    for (var p : spec.fargateProfiles()) {
      assertTrue(
          plan.adopted()
              .contains(
                  new Adoption(
                      ResourceAddress.of(ResourceAddress.FARGATE_PROFILE, p.name()), "eksctl")),
          () -> p.name() + " not adopted: " + plan.adopted());
    }
    for (var g : spec.managedNodeGroups()) {
      assertTrue(
          plan.adopted()
              .contains(
                  new Adoption(ResourceAddress.of(ResourceAddress.NODEGROUP, g.name()), "eksctl")),
          () -> g.name() + " not adopted: " + plan.adopted());
    }
  }

  @Provide
  Arbitrary<ClusterSpec> clusters() {
    return new PlannerProperties().clusters();
  }
}

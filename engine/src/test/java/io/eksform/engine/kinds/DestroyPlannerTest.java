package io.eksform.engine.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.live.LiveCluster;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.live.LiveState;
import io.eksform.engine.plan.LiveFromDesired;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanOptions;
import io.eksform.engine.plan.PlanProblem;
import io.eksform.engine.plan.Provenance;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Destroy plans on hand-made live states: an absent cluster, one nobody owns, left roles. */
class DestroyPlannerTest {
  static final PlanOptions DESTROY =
      new PlanOptions(false, new Provenance("t", "c.yaml", "d", "p", Optional.empty()))
          .withDestroy(true);

  static ClusterSpec config() {
    var loaded =
        new ConfigLoader(LoadOptions.defaults(), InputStream.nullInputStream())
            .load(
                SourceText.of(
                    "c.yaml",
                    "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n"
                        + "metadata:\n  name: c\n  region: us-west-2\n"));
    return DesiredState.from(loaded.configs().get(0));
  }

  static LiveState live(LiveCluster cluster, Map<String, LiveRole> roles) {
    LiveState empty = LiveFromDesired.empty("c", "1.32");
    return new LiveState(
        empty.accountId(),
        empty.region(),
        cluster,
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        roles,
        empty.namespaces(),
        List.of(),
        empty.subnets(),
        new TreeMap<>());
  }

  static LiveCluster tagged(Map<String, String> tags) {
    LiveCluster c = LiveFromDesired.empty("c", "1.32").cluster();
    return new LiveCluster(
        c.name(),
        c.arn(),
        c.version(),
        c.status(),
        c.endpoint(),
        c.certificateAuthority(),
        c.oidcIssuer(),
        c.vpcId(),
        c.subnetIds(),
        c.enabledLogTypes(),
        c.endpointPublicAccess(),
        c.endpointPrivateAccess(),
        tags);
  }

  @Test
  void anAbsentClusterHasNothingToDestroy() {
    Plan plan = Planner.plan(config(), live(LiveCluster.absent("c"), Map.of()), DESTROY);
    assertTrue(plan.destroy());
    assertFalse(plan.hasChanges());
    assertEquals(List.of(), plan.problems());
    assertEquals(List.of(), plan.notActedOn());
  }

  @Test
  void aClusterNeitherEksformNorEksctlMadeIsRefusedAtItsName() {
    Plan plan = Planner.plan(config(), live(tagged(Map.of("team", "a")), Map.of()), DESTROY);
    assertFalse(plan.hasChanges());
    assertEquals(1, plan.problems().size(), plan.problems().toString());
    PlanProblem p = plan.problems().get(0);
    assertEquals(Severity.ERROR, p.severity());
    assertEquals("/metadata/name", p.configPointer());
    assertTrue(p.message().contains("made neither by eksform nor by eksctl"), p.message());
    assertTrue(p.hint().isPresent());
  }

  @Test
  void eksformsOwnRolesGoWithTheClusterAndTheClusterIsLast() {
    String nodeRole = ManagedNames.nodeRole("c");
    LiveRole role =
        new LiveRole(
            nodeRole,
            "arn:aws:iam::123456789012:role/eksform/" + nodeRole,
            "{}",
            List.of(),
            Map.of(),
            ManagedNames.ownershipTags("c", "node_role"),
            Optional.empty());
    Plan plan =
        Planner.plan(
            config(),
            live(tagged(ManagedNames.ownershipTags("c", "cluster")), Map.of(nodeRole, role)),
            DESTROY);
    assertEquals(
        List.of("node_role", "cluster"),
        plan.changes().stream().map(c -> c.address().toString()).toList());
    assertTrue(
        plan.changes().get(1).reasons().get(0).startsWith("destroying cluster c: made by eksform"),
        plan.changes().get(1).reasons().toString());
  }
}

package io.eksform.engine.resource.clusterrole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.ClusterNetwork;
import io.eksform.engine.live.LiveCluster;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.live.LiveState;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.PlanOptions;
import io.eksform.engine.plan.Provenance;
import io.eksform.engine.plan.ResourceAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The cluster role when its cluster is destroyed: deleted after it when made for it, else left. */
class ClusterRoleDestroyTest {
  static final String ARN = "arn:aws:iam::123456789012:role/eksform/eksform-c-cluster";

  static PlanContext destroying(Map<String, String> roleTags) {
    LiveCluster cluster =
        new LiveCluster(
            "c",
            "arn:aws:eks:us-west-2:123456789012:cluster/c",
            "1.34",
            "ACTIVE",
            "",
            "",
            Optional.empty(),
            "vpc-1",
            List.of(),
            new TreeSet<>(),
            true,
            false,
            Map.of(),
            ClusterNetwork.UNKNOWN,
            ARN);
    LiveRole role =
        new LiveRole(
            "eksform-c-cluster", ARN, "{}", List.of(), Map.of(), roleTags, Optional.empty());
    LiveState live =
        new LiveState(
            "123456789012",
            "us-west-2",
            cluster,
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            Map.of(role.name(), role),
            java.util.Set.of(),
            List.of(),
            List.of(),
            new TreeMap<>());
    PlanContext ctx =
        new PlanContext(
            ClusterSpec.named("c", "us-west-2"),
            live,
            new PlanOptions(false, new Provenance("t", "c.yaml", "c", "p", Optional.empty())),
            (c, change, actions) -> Optional.empty());
    new ClusterRoleKind().destroy(ctx);
    return ctx;
  }

  @Test
  void theRoleEksformMadeIsDeletedAfterTheCluster() {
    PlanContext ctx = destroying(ManagedNames.ownershipTags("c", "cluster_role"));
    Change change = ctx.changes().get(0);
    assertEquals(Action.DELETE, change.action());
    assertEquals(ResourceAddress.of("cluster_role"), change.address());
    assertEquals(List.of(ResourceAddress.of("cluster")), change.dependsOn());
  }

  @Test
  void theRoleEksctlMadeIsDeletedToo() {
    PlanContext ctx = destroying(Map.of(ManagedNames.EKSCTL_CLUSTER_TAG, "c"));
    assertEquals(Action.DELETE, ctx.changes().get(0).action());
  }

  @Test
  void aRoleMadeByAnyoneElseIsLeftAndNamed() {
    PlanContext ctx = destroying(Map.of());
    assertEquals(List.of(), ctx.changes());
    assertTrue(
        ctx.toPlan().unmanaged().get(0).contains("is left"), ctx.toPlan().unmanaged().toString());
  }
}

package io.eksform.engine.resource.clusterrole;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.LiveCluster;
import io.eksform.engine.live.LiveReader;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The role the live cluster runs with, when the cluster is destroyed: deleted after the cluster
 * when eksform or eksctl made it for this cluster (its tags say so), else left and named.
 */
final class ClusterRoleDestroyer {
  private ClusterRoleDestroyer() {}

  static void destroy(PlanContext ctx) {
    LiveCluster cluster = ctx.live().cluster();
    if (!cluster.exists() || !cluster.roleArn().contains(":role/")) {
      return;
    }
    String name = LiveReader.roleNameOf(cluster.roleArn());
    LiveRole role = ctx.live().roles().get(name);
    ResourceAddress address = ResourceAddress.of(ResourceAddress.CLUSTER_ROLE);
    if (role == null) {
      return;
    }
    if (!ManagedNames.ownedBy(role.tags(), ctx.cluster())) {
      ctx.noteUnmanaged(
          address + ": " + name + " is left: neither eksform nor eksctl made it for this cluster");
      return;
    }
    ObjectNode before = Json.object();
    before.put("role_name", role.name());
    before.put("role_arn", role.arn());
    ctx.add(
        new Change(
            address,
            Action.DELETE,
            before,
            Json.NONE,
            List.of(),
            List.of(
                "the cluster's role, made for it by "
                    + (ManagedNames.createdByEksform(role.tags(), ctx.cluster())
                        ? "eksform"
                        : "eksctl")
                    + ", goes after the cluster"),
            List.of(ResourceAddress.of(ResourceAddress.CLUSTER)),
            ""));
  }
}

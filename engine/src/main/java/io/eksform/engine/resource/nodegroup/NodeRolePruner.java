package io.eksform.engine.resource.nodegroup;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.live.LiveNodeGroup;
import io.eksform.engine.plan.ManagedRolePruner;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The node role eksform created for the cluster, once no managed node group of the config would
 * take it and every live one that runs with it leaves: see {@link ManagedRolePruner}.
 */
final class NodeRolePruner {
  private NodeRolePruner() {}

  static void plan(PlanContext ctx) {
    String nodeRole = ManagedNames.nodeRole(ctx.cluster());
    boolean nodeRoleWanted =
        ctx.desired().managedNodeGroups().stream()
            .map(NodeGroupSpec::instanceRoleArn)
            .anyMatch(arn -> arn.isEmpty() || ManagedRolePruner.isRole(arn.get(), nodeRole));
    if (!nodeRoleWanted) {
      List<ManagedRolePruner.User> users = new ArrayList<>();
      for (LiveNodeGroup ng : ctx.live().nodeGroups()) {
        users.add(
            new ManagedRolePruner.User(
                NodeGroupPlanner.addressOf(ctx, ng), ng.status(), ng.nodeRole()));
      }
      ManagedRolePruner.prune(
          ctx,
          ResourceAddress.of(ResourceAddress.NODE_ROLE),
          nodeRole,
          users,
          "node_role",
          "no managed node group of the config or of the cluster uses it");
    }
  }
}

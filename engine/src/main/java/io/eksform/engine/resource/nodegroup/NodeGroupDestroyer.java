package io.eksform.engine.resource.nodegroup;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.LiveNodeGroup;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.plan.Destroying;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * The managed node groups of a cluster being destroyed, every one of them (EKS deletes no cluster
 * that has one), each under its live name; then the node roles they ran with, once every group that
 * used one is gone, when eksform or eksctl made them, and any node role eksform made for the
 * cluster that no group uses any more.
 */
final class NodeGroupDestroyer {
  private NodeGroupDestroyer() {}

  static void destroy(PlanContext ctx) {
    Map<String, List<ResourceAddress>> users = new TreeMap<>();
    Map<String, String> firstUser = new TreeMap<>();
    for (LiveNodeGroup ng : ctx.live().nodeGroups()) {
      ResourceAddress address = ResourceAddress.of(ResourceAddress.NODEGROUP, ng.name());
      ObjectNode before = Json.object();
      before.put("name", ng.name());
      before.put("node_role", ng.nodeRole());
      Destroying.deleteBlocker(ctx, address, before, ng.tags(), "node group");
      ctx.live()
          .roleByArn(ng.nodeRole())
          .ifPresent(
              r -> {
                users.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(address);
                firstUser.putIfAbsent(r.name(), ng.name());
              });
    }
    for (LiveRole role :
        ctx.live().roles().values().stream()
            .sorted(Comparator.comparing(LiveRole::name))
            .toList()) {
      String resource = role.tags().getOrDefault(ManagedNames.TAG_RESOURCE, "");
      boolean eksformNodeRole =
          ManagedNames.createdByEksform(role.tags(), ctx.cluster())
              && (resource.equals(ResourceAddress.NODE_ROLE)
                  || resource.startsWith(ResourceAddress.NODE_ROLE + "."));
      // eksctl's role of a group an earlier run already deleted: found by its stack's tags.
      String eksctlGroup =
          Destroying.maker(ctx, role.tags()).equals(Optional.of("eksctl"))
              ? role.tags().getOrDefault(ManagedNames.EKSCTL_NODEGROUP_TAG, "")
              : "";
      if (!users.containsKey(role.name()) && !eksformNodeRole && eksctlGroup.isEmpty()) {
        continue;
      }
      ResourceAddress address =
          eksformNodeRole
              ? ResourceAddress.parse(resource)
              : ResourceAddress.of(
                  ResourceAddress.NODE_ROLE, firstUser.getOrDefault(role.name(), eksctlGroup));
      List<ResourceAddress> after = users.getOrDefault(role.name(), List.of());
      String user =
          after.isEmpty()
              ? "the cluster's node groups"
              : "node group "
                  + String.join(", ", after.stream().map(ResourceAddress::name).sorted().toList());
      Destroying.role(ctx, address, role, user, after);
    }
  }
}

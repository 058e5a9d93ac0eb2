package io.eksform.engine.resource.fargate;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.LiveFargateProfile;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.plan.Destroying;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Fargate profiles of a cluster being destroyed, every one of them (EKS deletes no cluster that
 * has one; apply deletes them one at a time, as EKS requires), then the pod execution roles they
 * ran with, when eksform or eksctl made them: eksform's own at {@code fargate_pod_execution_role},
 * any other at {@code fargate_pod_execution_role.<role name>}.
 */
final class FargateDestroyer {
  /** The logical id of the role in eksctl's Fargate stack, part of the role's name. */
  private static final String EKSCTL_LOGICAL_ID = "FargatePodExecutionRole";

  private FargateDestroyer() {}

  static void destroy(PlanContext ctx) {
    Map<String, List<ResourceAddress>> users = new TreeMap<>();
    for (LiveFargateProfile p : ctx.live().fargateProfiles()) {
      ResourceAddress address = ResourceAddress.of(ResourceAddress.FARGATE_PROFILE, p.name());
      ObjectNode before = Json.object();
      before.put("name", p.name());
      before.put("pod_execution_role_arn", p.podExecutionRoleArn());
      Destroying.deleteBlocker(ctx, address, before, p.tags(), "Fargate profile");
      ctx.live()
          .roleByArn(p.podExecutionRoleArn())
          .ifPresent(r -> users.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(address));
    }
    String own = ManagedNames.podExecutionRole(ctx.cluster());
    // Roles whose profiles an earlier run already deleted: eksform's by name, eksctl's by the
    // logical id its stack gives the role.
    ctx.live()
        .roles()
        .values()
        .forEach(
            r -> {
              boolean eksctls =
                  Destroying.maker(ctx, r.tags()).equals(Optional.of("eksctl"))
                      && r.name().contains("-" + EKSCTL_LOGICAL_ID + "-");
              if (r.name().equals(own) || eksctls) {
                users.putIfAbsent(r.name(), List.of());
              }
            });
    users.forEach(
        (name, profiles) -> {
          LiveRole role = ctx.live().roles().get(name);
          ResourceAddress address =
              name.equals(own)
                  ? ResourceAddress.of(ResourceAddress.POD_EXECUTION_ROLE)
                  : ResourceAddress.of(ResourceAddress.POD_EXECUTION_ROLE, name);
          String user =
              profiles.isEmpty()
                  ? "the cluster's Fargate profiles"
                  : "Fargate profile "
                      + String.join(", ", profiles.stream().map(ResourceAddress::name).toList());
          Destroying.role(ctx, address, role, user, profiles);
        });
  }
}

package io.eksform.engine.resource.fargate;

import io.eksform.engine.desired.FargateProfileSpec;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.LiveFargateProfile;
import io.eksform.engine.plan.ManagedRolePruner;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The Fargate pod execution role eksform created for the cluster, once no Fargate profile of the
 * config would take it and every live one that runs with it leaves: see {@link ManagedRolePruner}.
 */
final class PodExecutionRolePruner {
  private PodExecutionRolePruner() {}

  static void plan(PlanContext ctx) {
    String podRole = ManagedNames.podExecutionRole(ctx.cluster());
    boolean podRoleWanted =
        PodExecutionRolePlanner.needed(ctx)
            || ctx.desired()
                .fargatePodExecutionRoleArn()
                .filter(a -> ManagedRolePruner.isRole(a, podRole))
                .isPresent()
            || ctx.desired().fargateProfiles().stream()
                .map(FargateProfileSpec::podExecutionRoleArn)
                .anyMatch(arn -> arn.filter(a -> ManagedRolePruner.isRole(a, podRole)).isPresent());
    if (!podRoleWanted) {
      List<ManagedRolePruner.User> users = new ArrayList<>();
      for (LiveFargateProfile p : ctx.live().fargateProfiles()) {
        users.add(
            new ManagedRolePruner.User(
                FargatePlanner.addressOf(ctx, p), p.status(), p.podExecutionRoleArn()));
      }
      ManagedRolePruner.prune(
          ctx,
          ResourceAddress.of(ResourceAddress.POD_EXECUTION_ROLE),
          podRole,
          users,
          "pod_execution_role_arn",
          "no Fargate profile of the config or of the cluster uses it");
    }
  }
}

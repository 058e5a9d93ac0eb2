package io.eksform.engine.resource.fargate;

import io.eksform.engine.desired.FargateProfileSpec;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.LiveFargateProfile;
import io.eksform.engine.plan.ManagedRolePlanner;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.plan.TrustPolicies;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pod execution role of Fargate profiles whose config names none. The config leaves the role
 * open, so what is live satisfies it, whoever made it: a profile that exists keeps its role, and a
 * new profile takes the role the cluster's profiles already share. Only when there is none does
 * eksform create its own, trusted by {@code eks-fargate-pods.amazonaws.com} for this cluster's
 * profiles, with AWS's Fargate pod execution policy attached.
 */
final class PodExecutionRolePlanner {
  private PodExecutionRolePlanner() {}

  /**
   * The role of a profile: the config's ({@code podExecutionRoleARN}, else {@code
   * iam.fargatePodExecutionRoleARN}), else the live profile's, else the one the cluster's profiles
   * share, else eksform's.
   */
  static String forProfile(PlanContext ctx, FargateProfileSpec spec) {
    return spec.podExecutionRoleArn()
        .or(() -> ctx.desired().fargatePodExecutionRoleArn())
        .or(
            () ->
                FargatePlanner.standingFor(ctx, spec).map(LiveFargateProfile::podExecutionRoleArn))
        .filter(arn -> !arn.isEmpty())
        .or(() -> shared(ctx))
        .orElse(roleArn(ctx));
  }

  /** The one role every live profile of the cluster uses, if they agree on one. */
  static Optional<String> shared(PlanContext ctx) {
    Set<String> roles = new TreeSet<>();
    for (LiveFargateProfile p : ctx.live().fargateProfiles()) {
      if (!"DELETING".equals(p.status()) && !p.podExecutionRoleArn().isEmpty()) {
        roles.add(p.podExecutionRoleArn());
      }
    }
    return roles.size() == 1 ? Optional.of(roles.iterator().next()) : Optional.empty();
  }

  /** True when some profile of the config uses the role eksform manages. */
  static boolean needed(PlanContext ctx) {
    String own = roleArn(ctx);
    return ctx.desired().fargateProfiles().stream().anyMatch(p -> forProfile(ctx, p).equals(own));
  }

  static String roleArn(PlanContext ctx) {
    return ManagedRolePlanner.arn(ctx, ManagedNames.podExecutionRole(ctx.cluster()));
  }

  static void plan(PlanContext ctx) {
    if (!needed(ctx)) {
      return;
    }
    ManagedRolePlanner.plan(
        ctx,
        ResourceAddress.of(ResourceAddress.POD_EXECUTION_ROLE),
        ManagedNames.podExecutionRole(ctx.cluster()),
        TrustPolicies.podExecution(ctx.account(), ctx.live().region(), ctx.cluster()),
        List.of(TrustPolicies.FARGATE_POLICY_ARN),
        "Fargate profiles without podExecutionRoleARN need a pod execution role, and the"
            + " cluster's profiles share none to reuse",
        "/fargateProfiles");
  }
}

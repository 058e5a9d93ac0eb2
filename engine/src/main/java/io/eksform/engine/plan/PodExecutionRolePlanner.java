package io.eksform.engine.plan;

import io.eksform.engine.desired.FargateProfileSpec;
import io.eksform.engine.desired.ManagedNames;
import java.util.List;
import java.util.Optional;

/**
 * The pod execution role eksform creates for Fargate profiles that name none (and when {@code
 * iam.fargatePodExecutionRoleARN} is not set): trusted by {@code eks-fargate-pods.amazonaws.com}
 * for this cluster's profiles, with AWS's Fargate pod execution policy attached.
 */
final class PodExecutionRolePlanner {
  private PodExecutionRolePlanner() {}

  /** True when some profile needs the role eksform manages. */
  static boolean needed(PlanContext ctx) {
    return ctx.desired.fargatePodExecutionRoleArn().isEmpty()
        && ctx.desired.fargateProfiles().stream()
            .map(FargateProfileSpec::podExecutionRoleArn)
            .anyMatch(Optional::isEmpty);
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
        TrustPolicies.podExecution(ctx.account(), ctx.live.region(), ctx.cluster()),
        List.of(TrustPolicies.FARGATE_POLICY_ARN),
        "Fargate profiles without podExecutionRoleARN need a pod execution role",
        "/fargateProfiles");
  }
}

package io.eksform.engine.plan;

import io.eksform.engine.desired.FargateProfileSpec;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.LiveRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

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
    String name = ManagedNames.podExecutionRole(ctx.cluster());
    LiveRole live = ctx.live.roles().get(name);
    return live != null ? live.arn() : ctx.roleArn(name);
  }

  static void plan(PlanContext ctx) {
    if (!needed(ctx)) {
      return;
    }
    String name = ManagedNames.podExecutionRole(ctx.cluster());
    ObjectNode after = Json.object();
    after.put("role_name", name);
    after.put("role_arn", roleArn(ctx));
    after.set(
        "trust_policy",
        TrustPolicies.podExecution(ctx.account(), ctx.live.region(), ctx.cluster()));
    after.set("attach_policy_arns", Json.strings(List.of(TrustPolicies.FARGATE_POLICY_ARN)));
    ResourceAddress address = ResourceAddress.of(ResourceAddress.POD_EXECUTION_ROLE);
    LiveRole live = ctx.live.roles().get(name);
    if (live == null) {
      ctx.add(
          new Change(
              address,
              Action.CREATE,
              Json.NONE,
              after,
              Diff.creation(after, Set.of()),
              List.of("Fargate profiles without podExecutionRoleARN need a pod execution role"),
              List.of(),
              "/fargateProfiles"));
      return;
    }
    ObjectNode before = Json.object();
    before.put("role_name", live.name());
    before.put("role_arn", live.arn());
    before.set("trust_policy", TrustPolicies.parse(live.trustPolicy()));
    before.set("attach_policy_arns", Json.strings(live.attachedPolicyArns()));
    var attributes = Diff.attributes(before, after, Set.of(), Set.of());
    ctx.add(
        new Change(
            address,
            Diff.actionFor(attributes),
            before,
            after,
            attributes,
            Diff.reasons(attributes, "IAM"),
            List.of(),
            "/fargateProfiles"));
  }
}

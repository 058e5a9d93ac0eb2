package io.eksform.engine.plan;

import io.eksform.engine.live.LiveRole;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * A role eksform creates and keeps for a whole cluster (the Fargate pod execution role, the node
 * role): its name and ARN, its trust policy and its AWS managed policies.
 */
public final class ManagedRolePlanner {
  private ManagedRolePlanner() {}

  /** The ARN of the role: the live one when it exists, else the one eksform will create. */
  public static String arn(PlanContext ctx, String name) {
    LiveRole live = ctx.live.roles().get(name);
    return live != null ? live.arn() : ctx.roleArn(name);
  }

  public static void plan(
      PlanContext ctx,
      ResourceAddress address,
      String name,
      ObjectNode trustPolicy,
      List<String> policyArns,
      String reasonToCreate,
      String pointer) {
    ObjectNode after = Json.object();
    after.put("role_name", name);
    after.put("role_arn", arn(ctx, name));
    after.set("trust_policy", trustPolicy);
    after.set("attach_policy_arns", Json.strings(policyArns));
    LiveRole live = ctx.live.roles().get(name);
    if (live == null) {
      ctx.add(Changes.create(address, after, reasonToCreate, List.of(), pointer));
      return;
    }
    ObjectNode before = Json.object();
    before.put("role_name", live.name());
    before.put("role_arn", live.arn());
    before.set("trust_policy", TrustPolicies.parse(live.trustPolicy()));
    before.set("attach_policy_arns", Json.strings(live.attachedPolicyArns()));
    ctx.add(Changes.compare(address, before, after, java.util.Set.of(), "IAM", List.of(), pointer));
  }
}

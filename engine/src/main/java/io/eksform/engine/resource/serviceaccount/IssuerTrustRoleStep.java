package io.eksform.engine.resource.serviceaccount;

import io.eksform.engine.apply.EnsureRoleStep;
import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.StepContext;
import io.eksform.engine.plan.TrustPolicies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The IRSA role of a service account on a cluster its plan created: the trust policy names the
 * cluster's issuer, which only EKS knows once the cluster exists, so it is written here from
 * DescribeCluster before the role is made as any other.
 */
final class IssuerTrustRoleStep implements Step {
  private final JsonNode after;
  private final String verb;

  IssuerTrustRoleStep(JsonNode after, String verb) {
    this.after = after;
    this.verb = verb;
  }

  @Override
  public String verb() {
    return verb;
  }

  @Override
  public void run(StepContext ctx) {
    String issuer =
        ctx.aws()
            .eks()
            .describeCluster(r -> r.name(ctx.cluster()))
            .cluster()
            .identity()
            .oidc()
            .issuer()
            .replaceFirst("^https://", "");
    String roleArn = Fields.text(after, "role_arn");
    String account = roleArn.split(":")[4];
    String namespace = Fields.text(after, "namespace");
    ObjectNode trust =
        Fields.optionalText(after, "subject_pattern")
            .map(p -> TrustPolicies.serviceAccountPattern(account, issuer, namespace, p))
            .orElse(
                TrustPolicies.serviceAccount(
                    account, issuer, namespace, Fields.text(after, "name")));
    ObjectNode resolved = (ObjectNode) after.deepCopy();
    resolved.set("trust_policy", trust);
    new EnsureRoleStep(resolved, verb).run(ctx);
  }
}

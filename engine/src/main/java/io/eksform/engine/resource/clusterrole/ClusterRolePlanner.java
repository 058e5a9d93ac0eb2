package io.eksform.engine.resource.clusterrole;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.LiveReader;
import io.eksform.engine.plan.ManagedRolePlanner;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.plan.TrustPolicies;
import java.util.Optional;

/**
 * The role of a cluster this plan creates. When {@code iam.serviceRoleARN} names one, it must exist
 * (EKS would refuse the cluster otherwise, after the network is made); else eksform makes its own,
 * trusted by EKS with eksctl's managed policies. An existing cluster keeps the role it has: EKS
 * cannot change it, so nothing is planned.
 */
final class ClusterRolePlanner {
  static final String POINTER = "/iam/serviceRoleARN";

  private ClusterRolePlanner() {}

  static void plan(PlanContext ctx) {
    if (ctx.live().cluster().exists()) {
      return;
    }
    Optional<String> named = ctx.desired().fields().value(POINTER);
    if (named.isPresent()) {
      String name = LiveReader.roleNameOf(named.get());
      var live = ctx.live().roles().get(name);
      if (live == null || !live.arn().equals(named.get())) {
        ctx.error(
            "iam.serviceRoleARN names "
                + named.get()
                + ", and account "
                + ctx.account()
                + " has no such role",
            POINTER,
            "create that role (trusted by eks.amazonaws.com), or remove iam.serviceRoleARN and"
                + " eksform makes one");
      }
      return;
    }
    ManagedRolePlanner.plan(
        ctx,
        ResourceAddress.of(ResourceAddress.CLUSTER_ROLE),
        ManagedNames.clusterRole(ctx.cluster()),
        TrustPolicies.cluster(),
        TrustPolicies.CLUSTER_POLICY_ARNS,
        "a new cluster needs a role for EKS to run its control plane with, and the config names"
            + " none (iam.serviceRoleARN)",
        "/iam");
  }
}

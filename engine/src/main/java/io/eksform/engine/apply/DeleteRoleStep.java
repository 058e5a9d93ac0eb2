package io.eksform.engine.apply;

import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/**
 * Deletes an IAM role eksform made (one a replacement leaves behind, or one the config no longer
 * needs): its managed policies are detached and its inline policies deleted first (IAM refuses to
 * delete a role that has any), then it is waited for until IAM no longer knows it. A role already
 * gone is fine.
 */
public final class DeleteRoleStep extends DeleteStep {
  public DeleteRoleStep(String name) {
    super(name);
  }

  @Override
  public void run(StepContext ctx) {
    IamClient iam = ctx.aws().iam();
    try {
      for (AttachedPolicy p :
          iam.listAttachedRolePoliciesPaginator(r -> r.roleName(name)).attachedPolicies()) {
        iam.detachRolePolicy(r -> r.roleName(name).policyArn(p.policyArn()));
      }
      for (String policy : iam.listRolePolicies(r -> r.roleName(name)).policyNames()) {
        iam.deleteRolePolicy(r -> r.roleName(name).policyName(policy));
      }
      iam.deleteRole(r -> r.roleName(name));
    } catch (NoSuchEntityException e) {
      return;
    }
    waitUntilGone(ctx, () -> exists(iam), "IAM role " + name);
  }

  private boolean exists(IamClient iam) {
    try {
      iam.getRole(r -> r.roleName(name));
      return true;
    } catch (NoSuchEntityException e) {
      return false;
    }
  }
}

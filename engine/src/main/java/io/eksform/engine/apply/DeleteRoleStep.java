package io.eksform.engine.apply;

import java.time.Instant;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/**
 * Deletes an IAM role a replacement leaves behind: its managed policies are detached and its inline
 * policies deleted first (IAM refuses to delete a role that has any), then it is waited for until
 * IAM no longer knows it. A role already gone is fine.
 */
final class DeleteRoleStep implements Step {
  private final String name;

  DeleteRoleStep(String name) {
    this.name = name;
  }

  @Override
  public String verb() {
    return "deleting";
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
    Instant deadline = Instant.now().plus(ctx.settings().waitTimeout());
    while (exists(iam)) {
      if (Instant.now().isAfter(deadline)) {
        throw new StepFailedException("IAM role " + name + " was still there after its deletion");
      }
      StepContext.pause(ctx.settings().pollInterval());
    }
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

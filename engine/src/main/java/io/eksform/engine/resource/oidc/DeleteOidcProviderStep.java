package io.eksform.engine.resource.oidc;

import io.eksform.engine.apply.DeleteStep;
import io.eksform.engine.apply.StepContext;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/**
 * Deletes the cluster's IAM OIDC provider and waits until IAM no longer knows it; one already gone
 * is fine.
 */
public final class DeleteOidcProviderStep extends DeleteStep {
  DeleteOidcProviderStep(String arn) {
    super(arn);
  }

  @Override
  public void run(StepContext ctx) {
    IamClient iam = ctx.aws().iam();
    try {
      iam.deleteOpenIDConnectProvider(r -> r.openIDConnectProviderArn(name));
    } catch (NoSuchEntityException e) {
      return;
    }
    waitUntilGone(ctx, () -> exists(iam), "IAM OIDC provider " + name);
  }

  private boolean exists(IamClient iam) {
    try {
      iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(name));
      return true;
    } catch (NoSuchEntityException e) {
      return false;
    }
  }
}

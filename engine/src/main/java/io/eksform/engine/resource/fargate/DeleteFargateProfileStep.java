package io.eksform.engine.resource.fargate;

import io.eksform.engine.apply.DeleteStep;
import io.eksform.engine.apply.EksWaits;
import io.eksform.engine.apply.StepContext;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;

/**
 * Deletes a Fargate profile and waits until it is gone; one already gone is fine. EKS refuses to
 * delete a profile that is still CREATING (a stand-in an interrupted apply started), so that one is
 * first waited for.
 */
public final class DeleteFargateProfileStep extends DeleteStep {
  DeleteFargateProfileStep(String name) {
    super(name);
  }

  @Override
  public void run(StepContext ctx) {
    ctx.fargateLock()
        .run(
            ctx,
            () -> {
              waitWhileCreating(ctx);
              EksWaits.deleteAndWait(
                  ctx,
                  verb(),
                  () ->
                      ctx.aws()
                          .eks()
                          .deleteFargateProfile(
                              r -> r.clusterName(ctx.cluster()).fargateProfileName(name)),
                  waiter ->
                      waiter.waitUntilFargateProfileDeleted(
                          r -> r.clusterName(ctx.cluster()).fargateProfileName(name)),
                  e ->
                      FargateProfileStatus.why(
                          ctx, name, () -> "waiting for deletion: " + e.getMessage()));
            });
  }

  private void waitWhileCreating(StepContext ctx) {
    String status;
    try {
      status =
          ctx.aws()
              .eks()
              .describeFargateProfile(r -> r.clusterName(ctx.cluster()).fargateProfileName(name))
              .fargateProfile()
              .statusAsString();
    } catch (ResourceNotFoundException gone) {
      return;
    }
    if (!"CREATING".equals(status)) {
      return;
    }
    ctx.retried(verb(), name + " is still CREATING; deleting it once it is ACTIVE");
    try (var waiter = EksWaits.waiter(ctx)) {
      waiter.waitUntilFargateProfileActive(
          r -> r.clusterName(ctx.cluster()).fargateProfileName(name));
    } catch (SdkException e) {
      // CREATE_FAILED or gone: the delete below deals with it as it is.
    }
  }
}

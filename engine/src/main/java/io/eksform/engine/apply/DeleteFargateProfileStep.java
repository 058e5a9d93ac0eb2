package io.eksform.engine.apply;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;

/** Deletes a Fargate profile and waits until it is gone; one already gone is fine. */
final class DeleteFargateProfileStep implements Step {
  private final String name;

  DeleteFargateProfileStep(String name) {
    this.name = name;
  }

  @Override
  public String verb() {
    return "deleting";
  }

  @Override
  public void run(StepContext ctx) {
    ctx.fargateLock()
        .run(
            () -> {
              try {
                EksWaits.callWhileBusy(
                    ctx,
                    verb(),
                    () ->
                        ctx.aws()
                            .eks()
                            .deleteFargateProfile(
                                r -> r.clusterName(ctx.cluster()).fargateProfileName(name)));
              } catch (ResourceNotFoundException e) {
                return;
              }
              try (var waiter = EksWaits.waiter(ctx)) {
                waiter.waitUntilFargateProfileDeleted(
                    r -> r.clusterName(ctx.cluster()).fargateProfileName(name));
              } catch (SdkException e) {
                throw new StepFailedException(
                    EksWaits.why(ctx, name, () -> "waiting for deletion: " + e.getMessage()), e);
              }
            });
  }
}

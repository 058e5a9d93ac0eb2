package io.eksform.engine.apply;

/** Deletes a Fargate profile and waits until it is gone; one already gone is fine. */
final class DeleteFargateProfileStep extends DeleteStep {
  DeleteFargateProfileStep(String name) {
    super(name);
  }

  @Override
  public void run(StepContext ctx) {
    ctx.fargateLock()
        .run(
            () ->
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
                    e -> EksWaits.why(ctx, name, () -> "waiting for deletion: " + e.getMessage())));
  }
}

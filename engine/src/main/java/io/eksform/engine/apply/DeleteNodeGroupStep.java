package io.eksform.engine.apply;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;

/** Deletes a managed node group and waits until it is gone; one already gone is fine. */
final class DeleteNodeGroupStep implements Step {
  private final String name;

  DeleteNodeGroupStep(String name) {
    this.name = name;
  }

  @Override
  public String verb() {
    return "deleting";
  }

  @Override
  public void run(StepContext ctx) {
    try {
      EksWaits.callWhileBusy(
          ctx,
          verb(),
          () ->
              ctx.aws()
                  .eks()
                  .deleteNodegroup(r -> r.clusterName(ctx.cluster()).nodegroupName(name)));
    } catch (ResourceNotFoundException e) {
      return;
    }
    try (var waiter = EksWaits.waiter(ctx)) {
      waiter.waitUntilNodegroupDeleted(r -> r.clusterName(ctx.cluster()).nodegroupName(name));
    } catch (SdkException e) {
      throw new StepFailedException(NodeGroupStatus.why(ctx, name, e), e);
    }
  }
}

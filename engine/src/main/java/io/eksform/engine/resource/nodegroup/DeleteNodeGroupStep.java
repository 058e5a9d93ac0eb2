package io.eksform.engine.resource.nodegroup;

import io.eksform.engine.apply.DeleteStep;
import io.eksform.engine.apply.EksWaits;
import io.eksform.engine.apply.StepContext;

/** Deletes a managed node group and waits until it is gone; one already gone is fine. */
public final class DeleteNodeGroupStep extends DeleteStep {
  DeleteNodeGroupStep(String name) {
    super(name);
  }

  @Override
  public void run(StepContext ctx) {
    EksWaits.deleteAndWait(
        ctx,
        verb(),
        () ->
            ctx.aws().eks().deleteNodegroup(r -> r.clusterName(ctx.cluster()).nodegroupName(name)),
        waiter ->
            waiter.waitUntilNodegroupDeleted(r -> r.clusterName(ctx.cluster()).nodegroupName(name)),
        e -> NodeGroupStatus.why(ctx, name, e));
  }
}

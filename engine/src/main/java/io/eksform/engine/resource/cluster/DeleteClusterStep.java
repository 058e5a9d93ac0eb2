package io.eksform.engine.resource.cluster;

import io.eksform.engine.apply.DeleteStep;
import io.eksform.engine.apply.EksWaits;
import io.eksform.engine.apply.StepContext;

/**
 * Deletes the cluster and waits until EKS no longer has it. EKS refuses while a node group or
 * Fargate profile remains (one another apply, or an earlier run, is still deleting): that refusal
 * is retried, and reported as progress, until the wait runs out. A cluster already gone is fine.
 */
final class DeleteClusterStep extends DeleteStep {
  DeleteClusterStep(String name) {
    super(name);
  }

  @Override
  public void run(StepContext ctx) {
    EksWaits.deleteAndWait(
        ctx,
        verb(),
        () -> ctx.aws().eks().deleteCluster(r -> r.name(name)),
        waiter -> waiter.waitUntilClusterDeleted(r -> r.name(name)),
        e ->
            "cluster "
                + name
                + " was still there when the wait ran out ("
                + e.getMessage()
                + "); run the destroy again to go on waiting");
  }
}

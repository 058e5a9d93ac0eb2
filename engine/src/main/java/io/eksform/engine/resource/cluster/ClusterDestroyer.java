package io.eksform.engine.resource.cluster;

import io.eksform.engine.live.LiveCluster;
import io.eksform.engine.plan.Destroying;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cluster itself, last of what runs on it: its deletion follows every node group, Fargate
 * profile and add-on deletion of the plan (EKS refuses while one remains). The Kubernetes objects
 * in it go with it, which the plan says rather than deleting them one by one. An absent cluster
 * plans nothing.
 */
final class ClusterDestroyer {
  private ClusterDestroyer() {}

  static void destroy(PlanContext ctx) {
    LiveCluster live = ctx.live().cluster();
    if (!live.exists()) {
      return;
    }
    ObjectNode before = Json.object();
    before.put("name", live.name());
    before.put("arn", live.arn());
    before.put("version", live.version());
    before.put("status", live.status());
    Destroying.delete(
        ctx,
        ResourceAddress.of(ResourceAddress.CLUSTER),
        before,
        "made by " + Destroying.maker(ctx, live.tags()).orElse("eksctl"),
        Destroying.planned(
            ctx,
            ResourceAddress.NODEGROUP,
            ResourceAddress.FARGATE_PROFILE,
            ResourceAddress.ADDON));
    ctx.noteUnmanaged(
        "Kubernetes objects (namespaces, service accounts, workloads): go with the cluster (EKS"
            + " deletes its Kubernetes API and all it holds), so none is deleted on its own");
  }
}

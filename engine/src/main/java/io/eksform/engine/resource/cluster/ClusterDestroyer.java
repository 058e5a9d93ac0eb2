package io.eksform.engine.resource.cluster;

import io.eksform.engine.live.LiveCluster;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Destroying;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cluster itself, last: its deletion follows every other deletion of the plan (EKS refuses
 * while a node group, Fargate profile or add-on remains). The Kubernetes objects in it go with it,
 * which the plan says rather than deleting them one by one. An absent cluster plans nothing.
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
        // EKS needs only the node groups, Fargate profiles and add-ons gone; waiting for every
        // deletion means a destroy stopped part way always finds the cluster to start again from.
        ctx.changes().stream().map(Change::address).toList());
    ctx.noteUnmanaged(
        "Kubernetes objects (namespaces, service accounts, workloads): go with the cluster (EKS"
            + " deletes its Kubernetes API and all it holds), so none is deleted on its own");
  }
}

package io.eksform.engine.resource.clusterrole;

import io.eksform.engine.apply.RoleSteps;
import io.eksform.engine.apply.Step;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.resource.ResourceKind;
import java.util.List;

/**
 * The cluster role ({@code cluster_role}): planned by {@link ClusterRolePlanner} for a cluster this
 * plan creates, made and kept in line by the shared role steps, and deleted after the cluster when
 * the cluster is destroyed ({@link ClusterRoleDestroyer}).
 */
public final class ClusterRoleKind implements ResourceKind {
  @Override
  public List<String> types() {
    return List.of(ResourceAddress.CLUSTER_ROLE);
  }

  @Override
  public void plan(PlanContext ctx) {
    ClusterRolePlanner.plan(ctx);
  }

  @Override
  public void destroy(PlanContext ctx) {
    ClusterRoleDestroyer.destroy(ctx);
  }

  @Override
  public List<Step> steps(Change change) {
    return RoleSteps.of(change);
  }
}

package io.eksform.engine.resource.cluster;

import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.UnsupportedStep;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.resource.ResourceKind;
import java.util.List;

/**
 * The cluster itself ({@code cluster}): planned by {@link ClusterPlanner}, created by {@link
 * CreateClusterStep} when EKS has none, changed in place by {@link UpdateClusterStep}, deleted by a
 * destroy ({@link ClusterDestroyer}) once what runs on it is gone.
 */
public final class ClusterKind implements ResourceKind {
  @Override
  public List<String> types() {
    return List.of(ResourceAddress.CLUSTER);
  }

  @Override
  public void plan(PlanContext ctx) {
    ClusterPlanner.plan(ctx);
  }

  @Override
  public void destroy(PlanContext ctx) {
    ClusterDestroyer.destroy(ctx);
  }

  @Override
  public List<Step> steps(Change change) {
    if (change.action() == Action.UPDATE) {
      return List.of(new UpdateClusterStep(change));
    }
    if (change.action() == Action.CREATE) {
      return List.of(new CreateClusterStep(change.after(), Fields.text(change.after(), "name")));
    }
    if (change.action() == Action.DELETE) {
      return List.of(new DeleteClusterStep(change.before().path("name").asString()));
    }
    return List.of(UnsupportedStep.cannot(change));
  }
}

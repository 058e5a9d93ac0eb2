package io.eksform.engine.resource.fargate;

import io.eksform.engine.apply.RoleSteps;
import io.eksform.engine.apply.Step;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.Replacement;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.resource.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fargate: the profiles ({@code fargate_profile}) and the pod execution role eksform makes for
 * those that name none ({@code fargate_pod_execution_role}). A profile's role is chosen with the
 * live profile that stands for it, so both live here.
 */
public final class FargateKind implements ResourceKind {
  @Override
  public List<String> types() {
    return List.of(ResourceAddress.POD_EXECUTION_ROLE, ResourceAddress.FARGATE_PROFILE);
  }

  /** The role first: a new profile's change waits for it. */
  @Override
  public void plan(PlanContext ctx) {
    PodExecutionRolePlanner.plan(ctx);
    FargatePlanner.plan(ctx);
  }

  @Override
  public void prune(PlanContext ctx) {
    PodExecutionRolePruner.plan(ctx);
  }

  @Override
  public void destroy(PlanContext ctx) {
    FargateDestroyer.destroy(ctx);
  }

  @Override
  public Optional<Replacement> replacement(
      PlanContext ctx, Change change, Map<ResourceAddress, Action> actions) {
    if (!change.address().type().equals(ResourceAddress.FARGATE_PROFILE)) {
      return Optional.empty();
    }
    return Optional.of(FargateReplacement.of(ctx, change, actions));
  }

  @Override
  public List<Step> steps(Change change) {
    return change.address().type().equals(ResourceAddress.FARGATE_PROFILE)
        ? FargateSteps.of(change)
        : RoleSteps.of(change);
  }
}

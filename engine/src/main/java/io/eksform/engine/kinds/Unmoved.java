package io.eksform.engine.kinds;

import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.UnmovedSteps;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.Replacement;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.plan.UnmovedPlanners;
import io.eksform.engine.resource.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The kinds that have no package of their own yet, planned and applied as before. */
final class Unmoved implements ResourceKind {
  @Override
  public List<String> types() {
    return ResourceAddress.types();
  }

  @Override
  public void plan(PlanContext ctx) {
    UnmovedPlanners.plan(ctx);
  }

  @Override
  public void prune(PlanContext ctx) {
    UnmovedPlanners.prune(ctx);
  }

  @Override
  public Optional<Replacement> replacement(
      PlanContext ctx, Change change, Map<ResourceAddress, Action> actions) {
    return UnmovedPlanners.replacement(ctx, change, actions);
  }

  @Override
  public List<Step> steps(Change change) {
    return UnmovedSteps.steps(change);
  }
}

package io.eksform.engine.plan;

import java.util.Map;
import java.util.Optional;

/**
 * The planners, pruners and replacements of the kinds that have no package of their own yet, in the
 * planner's order.
 */
public final class UnmovedPlanners {
  private UnmovedPlanners() {}

  public static void plan(PlanContext ctx) {}

  /** What the config no longer wants, users before what they use. */
  public static void prune(PlanContext ctx) {}

  public static Optional<Replacement> replacement(
      PlanContext ctx, Change c, Map<ResourceAddress, Action> actions) {
    Optional<ReplaceStrategy> asked = ctx.options.replaceStrategy();
    switch (c.address().type()) {
      default:
        return Optional.empty();
    }
  }
}

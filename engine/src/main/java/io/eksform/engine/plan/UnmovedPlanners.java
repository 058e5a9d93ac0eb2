package io.eksform.engine.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The planners, pruners and replacements of the kinds that have no package of their own yet, in the
 * planner's order.
 */
public final class UnmovedPlanners {
  private UnmovedPlanners() {}

  public static void plan(PlanContext ctx) {
    PodExecutionRolePlanner.plan(ctx);
    FargatePlanner.plan(ctx);
    NodeGroupPlanner.plan(ctx);
    AddonPlanner.plan(ctx);
  }

  /** What the config no longer wants, users before what they use. */
  public static void prune(PlanContext ctx) {
    ManagedRolePruner.plan(ctx);
  }

  public static Optional<Replacement> replacement(
      PlanContext ctx, Change c, Map<ResourceAddress, Action> actions) {
    Optional<ReplaceStrategy> asked = ctx.options.replaceStrategy();
    switch (c.address().type()) {
      case ResourceAddress.FARGATE_PROFILE:
        {
          ReplaceStrategy s = asked.orElse(ReplaceStrategy.CREATE_BEFORE_DESTROY);
          List<String> gap =
              s == ReplaceStrategy.CREATE_BEFORE_DESTROY
                  ? List.of()
                  : List.copyOf(Replacements.namespacesLosingFargate(ctx, c, actions));
          String why =
              s == ReplaceStrategy.CREATE_BEFORE_DESTROY
                  ? "the new profile is created under a suffixed name and is ACTIVE before the old"
                      + " one is deleted, so no namespace loses Fargate scheduling"
                  : "the old profile is deleted before the new one is created under its name";
          return Optional.of(
              new Replacement(s, Replacements.origin(asked) + why, Optional.of(gap)));
        }
      case ResourceAddress.NODEGROUP:
        {
          ReplaceStrategy s = asked.orElse(ReplaceStrategy.CREATE_BEFORE_DESTROY);
          String why =
              s == ReplaceStrategy.CREATE_BEFORE_DESTROY
                  ? "the new node group is created under a suffixed name and is ACTIVE before the"
                      + " old one is deleted"
                  : "the old node group is deleted before the new one is created under its name;"
                      + " its pods have none of its nodes in between";
          return Optional.of(Replacement.of(s, Replacements.origin(asked) + why));
        }
      case ResourceAddress.ADDON:
        return Optional.of(Replacements.fixedName(asked, "an add-on's name is fixed"));
      default:
        return Optional.empty();
    }
  }
}

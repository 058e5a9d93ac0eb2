package io.eksform.engine.resource.nodegroup;

import io.eksform.engine.apply.RoleSteps;
import io.eksform.engine.apply.Step;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ReplaceStrategy;
import io.eksform.engine.plan.Replacement;
import io.eksform.engine.plan.Replacements;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.resource.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Managed node groups ({@code managed_nodegroup}) and their node roles ({@code node_role}, the one
 * the cluster's groups share, and {@code node_role.<group>} for a group that asks for more). A
 * group's role is planned with the group (the group's checks decide whether it is planned at all,
 * and the group's change names the role), so both live here.
 */
public final class NodeGroupKind implements ResourceKind {
  @Override
  public List<String> types() {
    return List.of(ResourceAddress.NODE_ROLE, ResourceAddress.NODEGROUP);
  }

  @Override
  public void plan(PlanContext ctx) {
    NodeGroupPlanner.plan(ctx);
  }

  @Override
  public void prune(PlanContext ctx) {
    NodeRolePruner.plan(ctx);
  }

  @Override
  public void destroy(PlanContext ctx) {
    NodeGroupDestroyer.destroy(ctx);
  }

  /**
   * A node group can exist twice (the new one under a suffixed name), so it follows {@code
   * --replace-strategy}, create-before-destroy by default.
   */
  @Override
  public Optional<Replacement> replacement(
      PlanContext ctx, Change change, Map<ResourceAddress, Action> actions) {
    if (!change.address().type().equals(ResourceAddress.NODEGROUP)) {
      return Optional.empty();
    }
    Optional<ReplaceStrategy> asked = ctx.options().replaceStrategy();
    ReplaceStrategy s = asked.orElse(ReplaceStrategy.CREATE_BEFORE_DESTROY);
    String why =
        s == ReplaceStrategy.CREATE_BEFORE_DESTROY
            ? "the new node group is created under a suffixed name and is ACTIVE before the"
                + " old one is deleted"
            : "the old node group is deleted before the new one is created under its name;"
                + " its pods have none of its nodes in between";
    return Optional.of(Replacement.of(s, Replacements.origin(asked) + why));
  }

  @Override
  public List<Step> steps(Change change) {
    return change.address().type().equals(ResourceAddress.NODEGROUP)
        ? NodeGroupSteps.of(change)
        : RoleSteps.of(change);
  }
}

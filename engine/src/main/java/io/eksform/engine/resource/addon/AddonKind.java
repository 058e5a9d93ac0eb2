package io.eksform.engine.resource.addon;

import io.eksform.engine.apply.DeleteRoleStep;
import io.eksform.engine.apply.EnsureRoleStep;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.UnsupportedStep;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.Replacement;
import io.eksform.engine.plan.Replacements;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.resource.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * EKS add-ons ({@code addon}) and the IRSA role eksform makes for one whose config gives its
 * policies ({@code addon_role}). The role is planned with its add-on, which is given the role's
 * ARN, so both live here.
 */
public final class AddonKind implements ResourceKind {
  @Override
  public List<String> types() {
    return List.of(ResourceAddress.ADDON_ROLE, ResourceAddress.ADDON);
  }

  @Override
  public void plan(PlanContext ctx) {
    AddonPlanner.plan(ctx);
  }

  @Override
  public void destroy(PlanContext ctx) {
    AddonDestroyer.destroy(ctx);
  }

  /** An add-on's name is fixed: its replacement always destroys first. */
  @Override
  public Optional<Replacement> replacement(
      PlanContext ctx, Change change, Map<ResourceAddress, Action> actions) {
    if (!change.address().type().equals(ResourceAddress.ADDON)) {
      return Optional.empty();
    }
    return Optional.of(
        Replacements.fixedName(ctx.options().replaceStrategy(), "an add-on's name is fixed"));
  }

  @Override
  public List<Step> steps(Change change) {
    return change.address().type().equals(ResourceAddress.ADDON) ? addon(change) : role(change);
  }

  /** An add-on has a fixed name: a replacement deletes it (waiting until gone), then creates it. */
  private static List<Step> addon(Change change) {
    String name = change.address().name();
    if (change.action() == Action.REPLACE) {
      return List.of(
          new AddonStep(Action.DELETE, name, change.after()),
          new AddonStep(Action.CREATE, name, change.after()));
    }
    return List.of(new AddonStep(change.action(), name, change.after()));
  }

  private static List<Step> role(Change change) {
    String verb = change.action() == Action.CREATE ? "creating" : "updating";
    return switch (change.action()) {
      case CREATE, UPDATE -> List.of(new EnsureRoleStep(change.after(), verb));
      case DELETE -> List.of(new DeleteRoleStep(change.before().path("role_name").asString()));
      default -> List.of(UnsupportedStep.cannot(change));
    };
  }
}

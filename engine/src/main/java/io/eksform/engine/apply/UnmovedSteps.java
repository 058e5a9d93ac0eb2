package io.eksform.engine.apply;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.ResourceAddress;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The steps of the kinds that have no package of their own yet, as the step factory gave them: a
 * replacement follows the strategy its plan recorded.
 */
public final class UnmovedSteps {
  private UnmovedSteps() {}

  public static List<Step> steps(Change change) {
    String type = change.address().type();
    Action action = change.action();
    String verb = action == Action.CREATE ? "creating" : "updating";
    JsonNode after = change.after();
    switch (type) {
      case ResourceAddress.ADDON_ROLE:
        if (action == Action.CREATE || action == Action.UPDATE) {
          return List.of(new EnsureRoleStep(after, verb));
        }
        if (action == Action.DELETE) {
          return List.of(new DeleteRoleStep(change.before().path("role_name").asString()));
        }
        break;
      case ResourceAddress.ADDON:
        return addon(change);
      default:
        break;
    }
    return List.of(UnsupportedStep.cannot(action.word() + " " + change.address()));
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
}

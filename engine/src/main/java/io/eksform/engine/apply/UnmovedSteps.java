package io.eksform.engine.apply;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.ResourceAddress;
import java.util.ArrayList;
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
      case ResourceAddress.NODE_ROLE:
        if (action == Action.CREATE || action == Action.UPDATE) {
          return List.of(new EnsureRoleStep(after, verb));
        }
        if (action == Action.DELETE) {
          return List.of(new DeleteRoleStep(Fields.text(change.before(), "role_name")));
        }
        break;
      case ResourceAddress.ADDON_ROLE:
        if (action == Action.CREATE || action == Action.UPDATE) {
          return List.of(new EnsureRoleStep(after, verb));
        }
        if (action == Action.DELETE) {
          return List.of(new DeleteRoleStep(change.before().path("role_name").asString()));
        }
        break;
      case ResourceAddress.NODEGROUP:
        return nodeGroup(change);
      case ResourceAddress.ADDON:
        return addon(change);
      default:
        break;
    }
    return List.of(UnsupportedStep.cannot(action.word() + " " + change.address()));
  }

  /**
   * A node group replaced create-before-destroy gets a suffixed name (its tags let the next plan
   * find it), and the old one is deleted only once the new one is ACTIVE. A role eksform made for
   * the old group alone ({@code role_name} in before) that the new one does not use goes last.
   */
  private static List<Step> nodeGroup(Change change) {
    String name = change.address().name();
    String liveName = change.before().path("name").asString(name);
    return switch (change.action()) {
      case CREATE -> List.of(new CreateNodeGroupStep(change.after(), name, ""));
      case UPDATE -> List.of(new UpdateNodeGroupStep(change));
      case DELETE -> List.of(new DeleteNodeGroupStep(liveName));
      case REPLACE -> {
        List<Step> steps = new ArrayList<>();
        if (Replacing.destroyFirst(change)) {
          steps.add(new DeleteNodeGroupStep(liveName));
          steps.add(new CreateNodeGroupStep(change.after(), name, liveName));
        } else {
          steps.add(
              new CreateNodeGroupStep(
                  change.after(), Replacing.replacementName(name, liveName, change), liveName));
          steps.add(new DeleteNodeGroupStep(liveName));
        }
        String oldRole = change.before().path("role_name").asString("");
        if (!oldRole.isEmpty() && !oldRole.equals(change.after().path("role_name").asString(""))) {
          steps.add(new DeleteRoleStep(oldRole));
        }
        yield steps;
      }
      case NO_OP -> List.of();
    };
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

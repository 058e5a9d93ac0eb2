package io.eksform.engine.resource.nodegroup;

import io.eksform.engine.apply.DeleteRoleStep;
import io.eksform.engine.apply.Replacing;
import io.eksform.engine.apply.Step;
import io.eksform.engine.plan.Change;
import java.util.ArrayList;
import java.util.List;

/** The steps of a managed node group's changes, a replacement's in the order its plan recorded. */
final class NodeGroupSteps {
  private NodeGroupSteps() {}

  /**
   * A node group replaced create-before-destroy gets a suffixed name (its tags let the next plan
   * find it), and the old one is deleted only once the new one is ACTIVE. A role eksform made for
   * the old group alone ({@code role_name} in before) that the new one does not use goes last.
   */
  static List<Step> of(Change change) {
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
}

package io.eksform.engine.apply;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import java.util.List;

/**
 * The steps of a role eksform keeps for the cluster (the node role, the Fargate pod execution
 * role): made or brought in line with the plan's {@code after}, or deleted.
 */
public final class RoleSteps {
  private RoleSteps() {}

  public static List<Step> of(Change change) {
    String verb = change.action() == Action.CREATE ? "creating" : "updating";
    return switch (change.action()) {
      case CREATE, UPDATE -> List.of(new EnsureRoleStep(change.after(), verb));
      case DELETE -> List.of(new DeleteRoleStep(Fields.text(change.before(), "role_name")));
      default -> List.of(UnsupportedStep.cannot(change));
    };
  }
}

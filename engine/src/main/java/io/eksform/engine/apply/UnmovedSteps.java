package io.eksform.engine.apply;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
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
      default:
        break;
    }
    return List.of(UnsupportedStep.cannot(action.word() + " " + change.address()));
  }
}

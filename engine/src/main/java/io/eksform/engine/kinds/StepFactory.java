package io.eksform.engine.kinds;

import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.UnsupportedStep;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import java.util.List;

/**
 * The steps that carry out one change, run in order, as the kind of its address gives them. A
 * replacement follows the strategy its plan recorded, never a setting of this apply, so a saved
 * plan is applied exactly as it was reviewed.
 */
final class StepFactory {

  List<Step> steps(Change change) {
    if (change.action() == Action.REPLACE && change.replacement().isEmpty()) {
      return List.of(
          UnsupportedStep.because(
              "the plan records no replace strategy for "
                  + change.address()
                  + " (an older eksform made it); make a new plan"));
    }
    return Kinds.of(change.address())
        .map(kind -> kind.steps(change))
        .orElseGet(() -> List.of(UnsupportedStep.cannot(change)));
  }
}

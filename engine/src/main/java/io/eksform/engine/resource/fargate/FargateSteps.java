package io.eksform.engine.resource.fargate;

import io.eksform.engine.apply.Replacing;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.UnsupportedStep;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import java.util.List;

/**
 * The steps of a Fargate profile's changes. EKS changes nothing of a profile but its tags, so a
 * replacement creates one and deletes the other, in the order its plan recorded.
 */
final class FargateSteps {
  private FargateSteps() {}

  static List<Step> of(Change change) {
    String name = change.address().name();
    String liveName = change.before().path("name").asString(name);
    switch (change.action()) {
      case CREATE:
        return List.of(new CreateFargateProfileStep(change.after(), name, ""));
      case DELETE:
        return List.of(new DeleteFargateProfileStep(liveName));
      case REPLACE:
        if (Replacing.destroyFirst(change)) {
          return List.of(
              new DeleteFargateProfileStep(liveName),
              new CreateFargateProfileStep(change.after(), name, liveName));
        }
        return List.of(
            new CreateFargateProfileStep(
                change.after(), Replacing.replacementName(name, liveName, change), liveName),
            new DeleteFargateProfileStep(liveName));
      default:
        if (change.action() == Action.UPDATE && onlyTagsDiffer(change)) {
          return List.of(new TagFargateProfileStep(liveName, change.after()));
        }
        return List.of(
            UnsupportedStep.cannot(change.action().word() + " " + change.address() + " in place"));
    }
  }

  private static boolean onlyTagsDiffer(Change change) {
    return change.attributes().stream().allMatch(a -> a.path().equals("tags"));
  }
}

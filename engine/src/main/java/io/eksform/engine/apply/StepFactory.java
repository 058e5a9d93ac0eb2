package io.eksform.engine.apply;

import io.eksform.engine.live.Fingerprints;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.ResourceAddress;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The steps that carry out one change, run in order. */
final class StepFactory {
  private final ReplaceStrategy strategy;

  StepFactory(ReplaceStrategy strategy) {
    this.strategy = strategy;
  }

  List<Step> steps(Change change) {
    String type = change.address().type();
    Action action = change.action();
    String verb = action == Action.CREATE ? "creating" : "updating";
    JsonNode after = change.after();
    switch (type) {
      case ResourceAddress.CLUSTER:
        if (action == Action.UPDATE) {
          return List.of(new UpdateClusterStep(change));
        }
        break;
      case ResourceAddress.OIDC_PROVIDER:
        if (action == Action.CREATE) {
          return List.of(new CreateOidcProviderStep(after));
        }
        break;
      case ResourceAddress.NAMESPACE:
        if (action == Action.CREATE || action == Action.UPDATE) {
          return List.of(new CreateNamespaceStep(after));
        }
        break;
      case ResourceAddress.POD_EXECUTION_ROLE:
      case ResourceAddress.NODE_ROLE:
        if (action == Action.CREATE || action == Action.UPDATE) {
          return List.of(new EnsureRoleStep(after, verb));
        }
        break;
      case ResourceAddress.SERVICE_ACCOUNT:
        if (action == Action.CREATE || action == Action.UPDATE) {
          return after.path("role_name").isString()
              ? List.of(
                  new EnsureRoleStep(after, verb),
                  new EnsureKubernetesServiceAccountStep(after, verb))
              : List.of(new EnsureKubernetesServiceAccountStep(after, verb));
        }
        break;
      case ResourceAddress.FARGATE_PROFILE:
        return fargate(change);
      case ResourceAddress.NODEGROUP:
        return nodeGroup(change);
      case ResourceAddress.ADDON:
        return action == Action.REPLACE
            ? List.of(new UnsupportedStep("replace add-on " + change.address().name()))
            : List.of(new AddonStep(change));
      default:
        break;
    }
    return List.of(new UnsupportedStep(action.word() + " " + change.address()));
  }

  private List<Step> fargate(Change change) {
    String name = change.address().name();
    String liveName = change.before().path("name").asString(name);
    switch (change.action()) {
      case CREATE:
        return List.of(new CreateFargateProfileStep(change.after(), name));
      case DELETE:
        return List.of(new DeleteFargateProfileStep(liveName));
      case REPLACE:
        if (strategy == ReplaceStrategy.DESTROY_BEFORE_CREATE) {
          return List.of(
              new DeleteFargateProfileStep(liveName),
              new CreateFargateProfileStep(change.after(), name));
        }
        return List.of(
            new CreateFargateProfileStep(change.after(), replacementName(name, liveName, change)),
            new DeleteFargateProfileStep(liveName));
      default:
        if (onlyTheNameDiffers(change)) {
          // A replacement's suffixed profile stands in for the config's name: nothing to change.
          return List.of();
        }
        return List.of(
            new UnsupportedStep(change.action().word() + " " + change.address() + " in place"));
    }
  }

  /** Node groups are found by name, so a replacement deletes first, whatever the strategy. */
  private static List<Step> nodeGroup(Change change) {
    String name = change.address().name();
    return switch (change.action()) {
      case CREATE -> List.of(new CreateNodeGroupStep(change));
      case UPDATE -> List.of(new UpdateNodeGroupStep(change));
      case DELETE -> List.of(new DeleteNodeGroupStep(name));
      case REPLACE -> List.of(new DeleteNodeGroupStep(name), new CreateNodeGroupStep(change));
      case NO_OP -> List.of();
    };
  }

  private static boolean onlyTheNameDiffers(Change change) {
    return !change.attributes().isEmpty()
        && change.attributes().stream().allMatch(a -> a.path().equals("name"));
  }

  /**
   * The name of a replacement profile: the config's name with a suffix derived from what the
   * profile will hold, so a re-run after an interruption finds (and adopts) the same one.
   */
  static String replacementName(String name, String liveName, Change change) {
    String suffix = Fingerprints.sha256(change.after().toString()).substring(0, 6);
    String candidate = name + "-" + suffix;
    return candidate.equals(liveName) ? name : candidate;
  }
}

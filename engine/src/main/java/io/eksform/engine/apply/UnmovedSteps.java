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
      case ResourceAddress.POD_EXECUTION_ROLE:
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
      case ResourceAddress.SERVICE_ACCOUNT:
        return action == Action.DELETE
            ? deletedServiceAccount(change.before())
            : serviceAccount(change, verb);
      case ResourceAddress.KUBERNETES_SERVICE_ACCOUNT:
        if (action == Action.DELETE) {
          return List.of(
              new DeleteKubernetesServiceAccountStep(
                  Fields.text(change.before(), "namespace"), Fields.text(change.before(), "name")));
        }
        break;
      case ResourceAddress.FARGATE_PROFILE:
        return fargate(change);
      case ResourceAddress.NODEGROUP:
        return nodeGroup(change);
      case ResourceAddress.ADDON:
        return addon(change);
      default:
        break;
    }
    return List.of(UnsupportedStep.cannot(action.word() + " " + change.address()));
  }

  private static List<Step> fargate(Change change) {
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

  /**
   * An IRSA service account. A replacement deletes the old role first (so an interruption never
   * leaves a role nothing points to: the next plan still finds it by its tags or the annotation),
   * then the old Kubernetes service account, then creates the role and the service account.
   */
  private static List<Step> serviceAccount(Change change, String verb) {
    JsonNode after = change.after();
    JsonNode before = change.before();
    boolean ownRole = after.path("role_name").isString();
    boolean kubernetes = after.has("annotations");
    List<Step> steps = new ArrayList<>();
    switch (change.action()) {
      case REPLACE:
        String oldRole = before.path("role_name").asString("");
        if (!oldRole.isEmpty() && !oldRole.equals(after.path("role_name").asString(""))) {
          steps.add(new DeleteRoleStep(oldRole));
        }
        if (kubernetes) {
          steps.add(
              new DeleteKubernetesServiceAccountStep(
                  before.path("namespace").asString(), before.path("name").asString()));
        }
        verb = "creating";
        break;
      case CREATE:
      case UPDATE:
        break;
      default:
        return List.of(UnsupportedStep.cannot(change.action().word() + " " + change.address()));
    }
    if (ownRole) {
      steps.add(new EnsureRoleStep(after, verb));
    }
    if (kubernetes) {
      steps.add(new EnsureKubernetesServiceAccountStep(after, verb));
    }
    return steps;
  }

  /**
   * An IRSA service account the config no longer lists: the Kubernetes service account first (when
   * the plan found one: its annotations), so no new pod gets the role, then each IAM role eksform
   * made for it.
   */
  private static List<Step> deletedServiceAccount(JsonNode before) {
    List<Step> steps = new ArrayList<>();
    if (before.has("annotations")) {
      steps.add(
          new DeleteKubernetesServiceAccountStep(
              Fields.text(before, "namespace"), Fields.text(before, "name")));
    }
    Fields.strings(before, "role_names").forEach(role -> steps.add(new DeleteRoleStep(role)));
    return steps;
  }

  private static boolean onlyTagsDiffer(Change change) {
    return change.attributes().stream().allMatch(a -> a.path().equals("tags"));
  }
}

package io.eksform.engine.resource.serviceaccount;

import io.eksform.engine.apply.DeleteRoleStep;
import io.eksform.engine.apply.EnsureRoleStep;
import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.UnsupportedStep;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Unknown;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The steps of an IRSA service account's changes: its IAM role and its Kubernetes service account,
 * in the order that never leaves a pod with a role nothing points to.
 */
final class ServiceAccountSteps {
  private ServiceAccountSteps() {}

  static List<Step> of(Change change) {
    if (change.action() == Action.DELETE) {
      return deletedServiceAccount(change.before());
    }
    return serviceAccount(change, change.action() == Action.CREATE ? "creating" : "updating");
  }

  /** A Kubernetes service account the config keeps only as a role: only ever deleted. */
  static List<Step> ofKubernetesOnly(Change change) {
    if (change.action() == Action.DELETE) {
      return List.of(
          new DeleteKubernetesServiceAccountStep(
              Fields.text(change.before(), "namespace"), Fields.text(change.before(), "name")));
    }
    return List.of(UnsupportedStep.cannot(change));
  }

  /**
   * An IRSA service account. A replacement deletes the old role first (so an interruption never
   * leaves a role nothing points to: the next plan still finds it by its tags or the annotation),
   * then the old Kubernetes service account, then creates the role and the service account.
   */
  static List<Step> serviceAccount(Change change, String verb) {
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
      steps.add(
          Unknown.is(after.get("trust_policy"))
              ? new IssuerTrustRoleStep(after, verb)
              : new EnsureRoleStep(after, verb));
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
  static List<Step> deletedServiceAccount(JsonNode before) {
    List<Step> steps = new ArrayList<>();
    if (before.has("annotations")) {
      steps.add(
          new DeleteKubernetesServiceAccountStep(
              Fields.text(before, "namespace"), Fields.text(before, "name")));
    }
    Fields.strings(before, "role_names").forEach(role -> steps.add(new DeleteRoleStep(role)));
    return steps;
  }
}

package io.eksform.engine.resource.serviceaccount;

import io.eksform.engine.apply.Step;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.Replacement;
import io.eksform.engine.plan.Replacements;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.resource.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * IRSA service accounts ({@code iam_service_account}: the IAM role and the annotated Kubernetes
 * service account together) and the Kubernetes service account alone of one the config keeps only
 * as a role ({@code kubernetes_service_account}, only ever deleted).
 */
public final class ServiceAccountKind implements ResourceKind {
  @Override
  public List<String> types() {
    return List.of(ResourceAddress.SERVICE_ACCOUNT, ResourceAddress.KUBERNETES_SERVICE_ACCOUNT);
  }

  @Override
  public void plan(PlanContext ctx) {
    ServiceAccountPlanner.plan(ctx);
  }

  @Override
  public void prune(PlanContext ctx) {
    ServiceAccountPruner.plan(ctx);
  }

  @Override
  public void destroy(PlanContext ctx) {
    ServiceAccountDestroyer.destroy(ctx);
  }

  /** A service account's name is fixed: its replacement always destroys first. */
  @Override
  public Optional<Replacement> replacement(
      PlanContext ctx, Change change, Map<ResourceAddress, Action> actions) {
    if (!change.address().type().equals(ResourceAddress.SERVICE_ACCOUNT)) {
      return Optional.empty();
    }
    return Optional.of(
        Replacements.fixedName(
            ctx.options().replaceStrategy(),
            "a Kubernetes service account's name is fixed, and a replaced IAM role is deleted"
                + " before its successor is created"));
  }

  @Override
  public List<Step> steps(Change change) {
    return change.address().type().equals(ResourceAddress.SERVICE_ACCOUNT)
        ? ServiceAccountSteps.of(change)
        : ServiceAccountSteps.ofKubernetesOnly(change);
  }
}

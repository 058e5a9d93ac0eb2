package io.eksform.engine.resource.oidc;

import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.UnsupportedStep;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.resource.ResourceKind;
import java.util.List;

/**
 * The cluster's IAM OIDC provider ({@code oidc_provider}): created when IRSA needs it ({@link
 * OidcPlanner}), pruned once nothing of the config or the cluster does ({@link OidcPruner}).
 */
public final class OidcProviderKind implements ResourceKind {
  @Override
  public List<String> types() {
    return List.of(ResourceAddress.OIDC_PROVIDER);
  }

  @Override
  public void plan(PlanContext ctx) {
    OidcPlanner.plan(ctx);
  }

  @Override
  public void prune(PlanContext ctx) {
    OidcPruner.plan(ctx);
  }

  @Override
  public List<Step> steps(Change change) {
    return switch (change.action()) {
      case CREATE -> List.of(new CreateOidcProviderStep(change.after()));
      case UPDATE -> List.of(new AddOidcAudienceStep(change.before(), change.after()));
      case DELETE -> List.of(new DeleteOidcProviderStep(Fields.text(change.before(), "arn")));
      default -> List.of(UnsupportedStep.cannot(change));
    };
  }
}

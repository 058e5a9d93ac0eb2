package io.eksform.engine.resource.oidc;

import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.UnsupportedStep;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Destroying;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.resource.ResourceKind;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

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

  /**
   * The provider of a cluster being destroyed, when eksform or eksctl made it, after the IRSA roles
   * and add-ons that work through it; one someone else made is left.
   */
  @Override
  public void destroy(PlanContext ctx) {
    ctx.live()
        .oidcProvider()
        .ifPresent(
            live -> {
              Optional<String> maker = Destroying.maker(ctx, live.tags());
              if (maker.isEmpty()) {
                Destroying.leave(
                    ctx,
                    "IAM OIDC provider " + live.arn(),
                    "neither eksform nor eksctl made it for this cluster");
                return;
              }
              ObjectNode before = Json.object();
              before.put("url", "https://" + live.url().replaceFirst("^https://", ""));
              before.put("arn", live.arn());
              before.set("client_ids", Json.strings(live.clientIds()));
              Destroying.delete(
                  ctx,
                  ResourceAddress.of(ResourceAddress.OIDC_PROVIDER),
                  before,
                  "made by " + maker.get(),
                  Destroying.planned(
                      ctx,
                      ResourceAddress.SERVICE_ACCOUNT,
                      ResourceAddress.ADDON,
                      ResourceAddress.ADDON_ROLE));
            });
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

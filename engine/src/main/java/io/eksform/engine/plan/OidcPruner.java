package io.eksform.engine.plan;

import io.eksform.engine.desired.AddonSpec;
import io.eksform.engine.live.LiveOidcProvider;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cluster's IAM OIDC provider once the config asks for it no more: {@code iam.withOIDC} false
 * or absent, no {@code iam.serviceAccounts}, and no add-on given a service account role (IRSA works
 * through the provider). Deleted with {@code --prune} when eksform created it, after the service
 * accounts that leave.
 */
final class OidcPruner {
  private OidcPruner() {}

  static void plan(PlanContext ctx) {
    Optional<LiveOidcProvider> live = ctx.live.oidcProvider();
    if (live.isEmpty() || ctx.desired.withOidc() || !ctx.desired.serviceAccounts().isEmpty()) {
      return;
    }
    ResourceAddress address = ResourceAddress.of(ResourceAddress.OIDC_PROVIDER);
    Optional<String> creator = Pruning.eksform(ctx, live.get().tags());
    Optional<AddonSpec> irsa =
        ctx.desired.addons().stream()
            .filter(a -> a.serviceAccountRoleArn().isPresent())
            .findFirst();
    if (irsa.isPresent()) {
      if (creator.isPresent()) {
        ctx.unmanaged.add(
            address
                + ": created by eksform, and iam.withOIDC is not set, but add-on "
                + irsa.get().name()
                + " has a serviceAccountRoleARN, which works through it; eksform keeps it");
      }
      return;
    }
    List<ResourceAddress> leaving =
        ctx.prunable.stream()
            .filter(
                a ->
                    a.type().equals(ResourceAddress.SERVICE_ACCOUNT)
                        || a.type().equals(ResourceAddress.KUBERNETES_SERVICE_ACCOUNT))
            .toList();
    boolean disabled = ctx.desired.fields().value("/iam/withOIDC").equals(Optional.of("false"));
    String why =
        (disabled ? "iam.withOIDC is false" : "iam.withOIDC is not set")
            + " and no service account of the config needs it";
    ObjectNode before = Json.object();
    before.put("url", "https://" + live.get().url().replaceFirst("^https://", ""));
    before.put("arn", live.get().arn());
    before.set("client_ids", Json.strings(live.get().clientIds()));
    Pruning.leave(ctx, address, creator, before, leaving, new Pruning.Why(why, why));
  }
}

package io.eksform.engine.resource.oidc;

import io.eksform.engine.desired.AddonSpec;
import io.eksform.engine.live.LiveAddon;
import io.eksform.engine.live.LiveOidcProvider;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.Pruning;
import io.eksform.engine.plan.ResourceAddress;
import java.util.ArrayList;
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
    Optional<LiveOidcProvider> live = ctx.live().oidcProvider();
    if (live.isEmpty() || ctx.desired().withOidc() || !ctx.desired().serviceAccounts().isEmpty()) {
      return;
    }
    ResourceAddress address = ResourceAddress.of(ResourceAddress.OIDC_PROVIDER);
    Optional<String> creator = Pruning.eksform(ctx, live.get().tags());
    List<ResourceAddress> leaving = new ArrayList<>();
    for (ResourceAddress a : ctx.prunable()) {
      if (a.type().equals(ResourceAddress.SERVICE_ACCOUNT)
          || a.type().equals(ResourceAddress.KUBERNETES_SERVICE_ACCOUNT)) {
        leaving.add(a);
      }
    }
    // An add-on with a service account role works through the provider: the provider stays while
    // one does, and goes after the last one that leaves.
    Optional<String> user =
        ctx.desired().addons().stream()
            .filter(a -> a.serviceAccountRoleArn().isPresent())
            .map(AddonSpec::name)
            .findFirst();
    for (LiveAddon a : ctx.live().addons()) {
      if (user.isPresent() || a.serviceAccountRoleArn().isEmpty()) {
        continue;
      }
      ResourceAddress addon = ResourceAddress.of(ResourceAddress.ADDON, a.name());
      if (ctx.prunable().contains(addon)) {
        leaving.add(addon);
      } else {
        user = Optional.of(a.name());
      }
    }
    if (user.isPresent()) {
      if (creator.isPresent()) {
        ctx.noteUnmanaged(
            address
                + ": created by eksform, and the config no longer asks for it, but add-on "
                + user.get()
                + " has a service account role, which works through it; eksform keeps it");
      }
      return;
    }
    boolean disabled = ctx.desired().fields().value("/iam/withOIDC").equals(Optional.of("false"));
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

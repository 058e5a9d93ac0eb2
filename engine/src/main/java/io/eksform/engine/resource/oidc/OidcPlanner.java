package io.eksform.engine.resource.oidc;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Changes;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.Makers;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.plan.Unknown;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** The IAM OIDC provider for the cluster's issuer, created when {@code iam.withOIDC} is true. */
final class OidcPlanner {
  private OidcPlanner() {}

  static void plan(PlanContext ctx) {
    boolean disabled = ctx.desired().fields().value("/iam/withOIDC").equals(Optional.of("false"));
    if (disabled && !ctx.desired().serviceAccounts().isEmpty()) {
      ctx.error(
          "iam.withOIDC is false, and iam.serviceAccounts need the cluster's IAM OIDC provider",
          "/iam/withOIDC",
          "set iam.withOIDC to true, as eksctl requires for iam.serviceAccounts");
      return;
    }
    boolean needed = ctx.desired().withOidc() || !ctx.desired().serviceAccounts().isEmpty();
    if (!needed) {
      return;
    }
    if (ctx.live().cluster().pending()) {
      // The issuer of a cluster this plan creates is known once EKS has made it.
      ObjectNode after = Json.object();
      after.set("url", Unknown.node());
      after.set("arn", Unknown.node());
      after.set("client_ids", Json.strings(List.of("sts.amazonaws.com")));
      ctx.add(
          Changes.create(
              ResourceAddress.of(ResourceAddress.OIDC_PROVIDER),
              after,
              ctx.desired().withOidc()
                  ? "iam.withOIDC is true, and the cluster this plan creates has no provider yet"
                  : "iam.serviceAccounts need an IAM OIDC provider for the new cluster's issuer",
              List.of(),
              "/iam/withOIDC"));
      return;
    }
    var issuer = ctx.live().cluster().issuerHostPath();
    if (issuer.isEmpty()) {
      ctx.error(
          "the cluster has no OIDC issuer, so IRSA cannot work",
          "/iam/withOIDC",
          "check the cluster in the EKS console; every EKS cluster has an issuer");
      return;
    }
    ObjectNode after = Json.object();
    after.put("url", "https://" + issuer.get());
    after.put("arn", "arn:aws:iam::" + ctx.account() + ":oidc-provider/" + issuer.get());
    after.set("client_ids", Json.strings(List.of("sts.amazonaws.com")));
    var live = ctx.live().oidcProvider();
    ResourceAddress address = ResourceAddress.of(ResourceAddress.OIDC_PROVIDER);
    if (live.isEmpty()) {
      ctx.add(
          Changes.create(
              address,
              after,
              ctx.desired().withOidc()
                  ? "iam.withOIDC is true and the cluster's issuer has no IAM OIDC provider"
                  : "iam.serviceAccounts need an IAM OIDC provider for the cluster's issuer",
              List.of(),
              "/iam/withOIDC"));
      return;
    }
    ObjectNode before = Json.object();
    before.put("url", "https://" + live.get().url().replaceFirst("^https://", ""));
    before.put("arn", live.get().arn());
    before.set("client_ids", Json.strings(live.get().clientIds()));
    // Other audiences may be registered too; eksform only needs sts.amazonaws.com among them.
    if (live.get().clientIds().contains("sts.amazonaws.com")) {
      after.set("client_ids", Json.strings(live.get().clientIds()));
    }
    Change compared =
        Changes.compare(address, before, after, Set.of("url"), "IAM", List.of(), "/iam/withOIDC");
    if (compared.action() != Action.REPLACE) {
      ctx.adopt(address, Makers.ofTags(live.get().tags()));
    }
    ctx.add(compared);
  }
}

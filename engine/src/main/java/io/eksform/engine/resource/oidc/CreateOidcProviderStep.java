package io.eksform.engine.resource.oidc;

import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.StepContext;
import io.eksform.engine.plan.Unknown;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.Tag;
import tools.jackson.databind.JsonNode;

/**
 * Creates the IAM OIDC provider of the cluster's issuer (read from EKS when the plan could not know
 * it: the cluster is new); an existing one is adopted.
 */
final class CreateOidcProviderStep implements Step {
  /** The thumbprint EKS issuers are known by; IAM no longer checks it for them but wants one. */
  private static final String EKS_THUMBPRINT = "9e99a48a9960b14926bb7f3b02e22da2b0ab7280";

  private final JsonNode after;

  CreateOidcProviderStep(JsonNode after) {
    this.after = after;
  }

  @Override
  public String verb() {
    return "creating";
  }

  @Override
  public void run(StepContext ctx) {
    String url =
        Unknown.is(after.get("url"))
            ? ctx.aws()
                .eks()
                .describeCluster(r -> r.name(ctx.cluster()))
                .cluster()
                .identity()
                .oidc()
                .issuer()
            : Fields.text(after, "url");
    try {
      ctx.aws()
          .iam()
          .createOpenIDConnectProvider(
              r ->
                  r.url(url)
                      .clientIDList(Fields.strings(after, "client_ids"))
                      .thumbprintList(EKS_THUMBPRINT)
                      .tags(
                          ctx.ownershipTags().entrySet().stream()
                              .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
                              .toList()));
    } catch (EntityAlreadyExistsException e) {
      // An earlier, interrupted apply created it: the provider for this issuer is what we want.
    }
  }
}

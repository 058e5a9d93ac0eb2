package io.eksform.engine.resource.oidc;

import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.StepContext;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Registers the audiences IRSA needs ({@code sts.amazonaws.com}) on a provider that exists without
 * them; audiences other tools registered stay, and one added already is added again harmlessly.
 */
final class AddOidcAudienceStep implements Step {
  private final String arn;
  private final List<String> missing;

  AddOidcAudienceStep(JsonNode before, JsonNode after) {
    this.arn = Fields.text(before, "arn");
    List<String> present = Fields.strings(before, "client_ids");
    this.missing =
        Fields.strings(after, "client_ids").stream().filter(id -> !present.contains(id)).toList();
  }

  @Override
  public String verb() {
    return "updating";
  }

  @Override
  public void run(StepContext ctx) {
    for (String id : missing) {
      ctx.aws()
          .iam()
          .addClientIDToOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn).clientID(id));
    }
  }
}

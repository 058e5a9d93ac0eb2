package io.eksform.engine.resource.fargate;

import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.StepContext;
import io.eksform.engine.apply.StepFailedException;
import software.amazon.awssdk.core.exception.SdkException;
import tools.jackson.databind.JsonNode;

/**
 * Sets the tags the config gives a Fargate profile: the one change EKS makes to a profile in place.
 * Tags the config does not name are left as they are.
 */
final class TagFargateProfileStep implements Step {
  private final String name;
  private final JsonNode after;

  /** {@code name} is the live profile's (a replacement's is suffixed). */
  TagFargateProfileStep(String name, JsonNode after) {
    this.name = name;
    this.after = after;
  }

  @Override
  public String verb() {
    return "updating";
  }

  @Override
  public void run(StepContext ctx) {
    try {
      String arn =
          ctx.aws()
              .eks()
              .describeFargateProfile(r -> r.clusterName(ctx.cluster()).fargateProfileName(name))
              .fargateProfile()
              .fargateProfileArn();
      ctx.aws().eks().tagResource(r -> r.resourceArn(arn).tags(Fields.map(after, "tags")));
    } catch (SdkException e) {
      throw new StepFailedException(
          "cannot tag Fargate profile " + name + ": " + e.getMessage(), e);
    }
  }
}

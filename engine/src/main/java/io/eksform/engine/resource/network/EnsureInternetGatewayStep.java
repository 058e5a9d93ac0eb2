package io.eksform.engine.resource.network;

import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.StepContext;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import tools.jackson.databind.JsonNode;

/** Makes the internet gateway (or adopts the one an earlier run made) and attaches it. */
final class EnsureInternetGatewayStep implements Step {
  private final JsonNode after;

  EnsureInternetGatewayStep(JsonNode after) {
    this.after = after;
  }

  @Override
  public String verb() {
    return "creating";
  }

  @Override
  public void run(StepContext ctx) {
    var ec2 = ctx.aws().ec2();
    String id =
        TaggedEc2.find(ctx, "internet_gateway", ctx.address().toString())
            .orElseGet(
                () ->
                    ec2.createInternetGateway(
                            r ->
                                r.tagSpecifications(
                                    TaggedEc2.tags(
                                        ctx,
                                        ResourceType.INTERNET_GATEWAY,
                                        Fields.map(after, "tags"))))
                        .internetGateway()
                        .internetGatewayId());
    String vpc = TaggedEc2.require(ctx, Fields.text(after, "vpc"));
    boolean attached =
        ec2.describeInternetGateways(r -> r.internetGatewayIds(id)).internetGateways().stream()
            .flatMap(g -> g.attachments().stream())
            .anyMatch(a -> vpc.equals(a.vpcId()));
    if (!attached) {
      ec2.attachInternetGateway(r -> r.internetGatewayId(id).vpcId(vpc));
    }
  }
}

package io.eksform.engine.resource.network;

import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.StepContext;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import tools.jackson.databind.JsonNode;

/**
 * Makes one subnet in the VPC (or adopts the one an earlier run made); a public one gives its
 * instances public addresses, as managed node groups there need.
 */
final class EnsureSubnetStep implements Step {
  private final JsonNode after;

  EnsureSubnetStep(JsonNode after) {
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
        TaggedEc2.find(ctx, "subnet", ctx.address().toString())
            .orElseGet(
                () -> {
                  String vpc = TaggedEc2.require(ctx, Fields.text(after, "vpc"));
                  return ec2.createSubnet(
                          r ->
                              r.vpcId(vpc)
                                  .cidrBlock(Fields.text(after, "cidr"))
                                  .availabilityZone(Fields.text(after, "zone"))
                                  .tagSpecifications(
                                      TaggedEc2.tags(
                                          ctx, ResourceType.SUBNET, Fields.map(after, "tags"))))
                      .subnet()
                      .subnetId();
                });
    if (after.path("map_public_ip_on_launch").asBoolean(false)) {
      ec2.modifySubnetAttribute(r -> r.subnetId(id).mapPublicIpOnLaunch(b -> b.value(true)));
    }
  }
}

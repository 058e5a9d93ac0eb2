package io.eksform.engine.resource.network;

import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.StepContext;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import tools.jackson.databind.JsonNode;

/** Makes the VPC (or adopts the one an earlier run made) and turns its DNS support on. */
final class EnsureVpcStep implements Step {
  private final JsonNode after;

  EnsureVpcStep(JsonNode after) {
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
        TaggedEc2.find(ctx, "vpc", ctx.address().toString())
            .orElseGet(
                () ->
                    ec2.createVpc(
                            r ->
                                r.cidrBlock(Fields.text(after, "cidr"))
                                    .tagSpecifications(
                                        TaggedEc2.tags(
                                            ctx, ResourceType.VPC, Fields.map(after, "tags"))))
                        .vpc()
                        .vpcId());
    // EKS nodes need both; EC2 takes one attribute per call.
    ec2.modifyVpcAttribute(r -> r.vpcId(id).enableDnsSupport(b -> b.value(true)));
    ec2.modifyVpcAttribute(r -> r.vpcId(id).enableDnsHostnames(b -> b.value(true)));
  }
}

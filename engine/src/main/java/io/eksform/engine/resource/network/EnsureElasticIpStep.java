package io.eksform.engine.resource.network;

import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.StepContext;
import software.amazon.awssdk.services.ec2.model.DomainType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import tools.jackson.databind.JsonNode;

/** Allocates the elastic IP of one NAT gateway (or adopts the one an earlier run allocated). */
final class EnsureElasticIpStep implements Step {
  private final JsonNode after;

  EnsureElasticIpStep(JsonNode after) {
    this.after = after;
  }

  @Override
  public String verb() {
    return "creating";
  }

  @Override
  public void run(StepContext ctx) {
    if (TaggedEc2.find(ctx, "elastic_ip", ctx.address().toString()).isPresent()) {
      return;
    }
    ctx.aws()
        .ec2()
        .allocateAddress(
            r ->
                r.domain(DomainType.VPC)
                    .tagSpecifications(
                        TaggedEc2.tags(ctx, ResourceType.ELASTIC_IP, Fields.map(after, "tags"))));
  }
}

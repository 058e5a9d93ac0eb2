package io.eksform.engine.resource.network;

import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.StepContext;
import io.eksform.engine.apply.StepFailedException;
import java.time.Instant;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import tools.jackson.databind.JsonNode;

/**
 * Makes one NAT gateway in its public subnet with its elastic IP (or adopts the one an earlier run
 * made) and waits until it is available: the private subnets' routes need it working.
 */
final class EnsureNatGatewayStep implements Step {
  private final JsonNode after;

  EnsureNatGatewayStep(JsonNode after) {
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
        TaggedEc2.find(ctx, "nat_gateway", ctx.address().toString())
            .orElseGet(
                () -> {
                  String subnet = TaggedEc2.require(ctx, Fields.text(after, "subnet"));
                  String allocation = TaggedEc2.require(ctx, Fields.text(after, "elastic_ip"));
                  return ec2.createNatGateway(
                          r ->
                              r.subnetId(subnet)
                                  .allocationId(allocation)
                                  .tagSpecifications(
                                      TaggedEc2.tags(
                                          ctx, ResourceType.NATGATEWAY, Fields.map(after, "tags"))))
                      .natGateway()
                      .natGatewayId();
                });
    Instant deadline = Instant.now().plus(ctx.settings().waitTimeout());
    while (true) {
      NatGateway n = ec2.describeNatGateways(r -> r.natGatewayIds(id)).natGateways().get(0);
      String state = n.stateAsString();
      if ("available".equals(state)) {
        return;
      }
      if (!"pending".equals(state)) {
        throw new StepFailedException(
            "NAT gateway " + id + " is " + state + ": " + n.failureMessage());
      }
      if (Instant.now().isAfter(deadline)) {
        throw new StepFailedException("NAT gateway " + id + " was still pending");
      }
      ctx.retried(verb(), "NAT gateway " + id + " is pending");
      StepContext.pause(ctx.settings().pollInterval());
    }
  }
}

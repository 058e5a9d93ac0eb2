package io.eksform.engine.resource.network;

import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.StepContext;
import io.eksform.engine.apply.StepFailedException;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import tools.jackson.databind.JsonNode;

/**
 * Makes one route table (or adopts the one an earlier run made), then adds each of its routes and
 * subnet associations that is missing: a run stopped half way leaves a table these complete.
 */
final class EnsureRouteTableStep implements Step {
  private final JsonNode after;

  EnsureRouteTableStep(JsonNode after) {
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
        TaggedEc2.find(ctx, "route_table", ctx.address().toString())
            .orElseGet(
                () -> {
                  String vpc = TaggedEc2.require(ctx, Fields.text(after, "vpc"));
                  return ec2.createRouteTable(
                          r ->
                              r.vpcId(vpc)
                                  .tagSpecifications(
                                      TaggedEc2.tags(
                                          ctx,
                                          ResourceType.ROUTE_TABLE,
                                          Fields.map(after, "tags"))))
                      .routeTable()
                      .routeTableId();
                });
    RouteTable table = ec2.describeRouteTables(r -> r.routeTableIds(id)).routeTables().get(0);
    for (JsonNode route : after.path("routes")) {
      String destination = route.path("destination").asString();
      String target = route.path("target").asString();
      String targetId = TaggedEc2.require(ctx, target);
      var present =
          table.routes().stream()
              .filter(x -> destination.equals(x.destinationCidrBlock()))
              .findFirst();
      if (present.isPresent()
          && (targetId.equals(present.get().gatewayId())
              || targetId.equals(present.get().natGatewayId()))) {
        continue;
      }
      if (present.isPresent()) {
        ec2.deleteRoute(r -> r.routeTableId(id).destinationCidrBlock(destination));
      }
      ec2.createRoute(
          r -> {
            r.routeTableId(id).destinationCidrBlock(destination);
            if (target.startsWith("nat_gateway")) {
              r.natGatewayId(targetId);
            } else {
              r.gatewayId(targetId);
            }
          });
    }
    for (String subnet : Fields.strings(after, "subnets")) {
      String subnetId = TaggedEc2.require(ctx, subnet);
      boolean associated =
          table.associations().stream().anyMatch(a -> subnetId.equals(a.subnetId()));
      if (associated) {
        continue;
      }
      var elsewhere =
          ec2.describeRouteTables(
                  r -> r.filters(f -> f.name("association.subnet-id").values(subnetId)))
              .routeTables();
      if (!elsewhere.isEmpty()) {
        throw new StepFailedException(
            subnet
                + " ("
                + subnetId
                + ") is associated with route table "
                + elsewhere.get(0).routeTableId()
                + ", not with "
                + id);
      }
      ec2.associateRouteTable(r -> r.routeTableId(id).subnetId(subnetId));
    }
  }
}

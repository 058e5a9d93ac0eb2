package io.eksform.engine.resource.network;

import io.eksform.engine.apply.StepContext;
import io.eksform.engine.apply.StepFailedException;
import io.eksform.engine.desired.ManagedNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * Finds the network's objects by the ownership tags their creation gave them ({@code
 * eksform.io/cluster} and {@code eksform.io/resource}), which is how a step adopts what an earlier,
 * interrupted run made and learns the ids a plan could not know; and gives a creation its tags, in
 * the create call itself, so that an object is never untagged.
 */
final class TaggedEc2 {
  private TaggedEc2() {}

  static List<Filter> owned(StepContext ctx, String address) {
    return List.of(
        Filter.builder().name("tag:" + ManagedNames.TAG_CLUSTER).values(ctx.cluster()).build(),
        Filter.builder().name("tag:" + ManagedNames.TAG_RESOURCE).values(address).build());
  }

  /** The id of the object of that type and address, when it exists. */
  static Optional<String> find(StepContext ctx, String type, String address) {
    Ec2Client ec2 = ctx.aws().ec2();
    List<Filter> f = owned(ctx, address);
    return switch (type) {
      case "vpc" ->
          ec2.describeVpcs(r -> r.filters(f)).vpcs().stream().map(v -> v.vpcId()).findFirst();
      case "subnet" ->
          ec2.describeSubnets(r -> r.filters(f)).subnets().stream()
              .map(s -> s.subnetId())
              .findFirst();
      case "internet_gateway" ->
          ec2.describeInternetGateways(r -> r.filters(f)).internetGateways().stream()
              .map(g -> g.internetGatewayId())
              .findFirst();
      case "elastic_ip" ->
          ec2.describeAddresses(r -> r.filters(f)).addresses().stream()
              .map(a -> a.allocationId())
              .findFirst();
      case "nat_gateway" ->
          ec2.describeNatGateways(r -> r.filter(f)).natGateways().stream()
              .filter(n -> !List.of("deleting", "deleted", "failed").contains(n.stateAsString()))
              .map(n -> n.natGatewayId())
              .findFirst();
      case "route_table" ->
          ec2.describeRouteTables(r -> r.filters(f)).routeTables().stream()
              .map(t -> t.routeTableId())
              .findFirst();
      case "security_group" ->
          ec2.describeSecurityGroups(r -> r.filters(f)).securityGroups().stream()
              .map(g -> g.groupId())
              .findFirst();
      default -> throw new IllegalArgumentException(type);
    };
  }

  /** The id of the object at {@code address} (such as {@code subnet.public-us-west-2a}). */
  static String require(StepContext ctx, String address) {
    String type = address.contains(".") ? address.substring(0, address.indexOf('.')) : address;
    return find(ctx, type, address)
        .orElseThrow(
            () ->
                new StepFailedException(
                    address
                        + " of cluster "
                        + ctx.cluster()
                        + " was not found by its tags; the change that makes it must run first"));
  }

  /** The tags a creation carries: the plan's ({@code Name}, roles) and eksform's ownership. */
  static TagSpecification tags(StepContext ctx, ResourceType type, Map<String, String> planned) {
    Map<String, String> all = new TreeMap<>(planned);
    all.putAll(ctx.ownershipTags());
    return TagSpecification.builder()
        .resourceType(type)
        .tags(
            all.entrySet().stream()
                .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
                .toList())
        .build();
  }
}

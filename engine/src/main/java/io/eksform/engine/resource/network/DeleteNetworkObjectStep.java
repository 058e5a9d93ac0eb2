package io.eksform.engine.resource.network;

import io.eksform.engine.apply.DeleteStep;
import io.eksform.engine.apply.StepContext;
import io.eksform.engine.apply.StepFailedException;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/**
 * Deletes one object of the network by its id, each kind the way EC2 lets it go: a NAT gateway
 * (waited until deleted, which frees its address), an elastic IP (released), a route table (its
 * subnet associations first), an internet gateway (detached first), a subnet, a security group (the
 * rules of the VPC's groups that refer to it revoked first, so that two groups referring to each
 * other can both go), the VPC. Something still using it is waited out; one already gone is fine.
 */
final class DeleteNetworkObjectStep extends DeleteStep {
  private final String type;

  DeleteNetworkObjectStep(String type, String id) {
    super(id);
    this.type = type;
  }

  @Override
  public void run(StepContext ctx) {
    Ec2Client ec2 = ctx.aws().ec2();
    String what = type.replace('_', ' ') + " " + name;
    try {
      switch (type) {
        case "nat_gateway" -> natGateway(ctx, ec2);
        case "elastic_ip" ->
            InUseRetry.run(ctx, what, () -> ec2.releaseAddress(r -> r.allocationId(name)));
        case "route_table" -> routeTable(ctx, ec2, what);
        case "internet_gateway" -> internetGateway(ctx, ec2, what);
        case "subnet" -> InUseRetry.run(ctx, what, () -> ec2.deleteSubnet(r -> r.subnetId(name)));
        case "security_group" -> securityGroup(ctx, ec2, what);
        case "vpc" -> InUseRetry.run(ctx, what, () -> ec2.deleteVpc(r -> r.vpcId(name)));
        default -> throw new StepFailedException("eksform does not delete " + what);
      }
    } catch (Ec2Exception e) {
      if (!InUseRetry.gone(e)) {
        throw e;
      }
    }
  }

  private void natGateway(StepContext ctx, Ec2Client ec2) {
    ec2.deleteNatGateway(r -> r.natGatewayId(name));
    Instant deadline = Instant.now().plus(ctx.settings().waitTimeout());
    while (true) {
      var found = ec2.describeNatGateways(r -> r.natGatewayIds(name)).natGateways();
      if (found.isEmpty() || "deleted".equals(found.get(0).stateAsString())) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new StepFailedException("NAT gateway " + name + " was still deleting");
      }
      ctx.retried(verb(), "NAT gateway " + name + " is " + found.get(0).stateAsString());
      StepContext.pause(ctx.settings().pollInterval());
    }
  }

  private void routeTable(StepContext ctx, Ec2Client ec2, String what) {
    var tables = ec2.describeRouteTables(r -> r.routeTableIds(name)).routeTables();
    for (var a :
        tables.isEmpty()
            ? List.<software.amazon.awssdk.services.ec2.model.RouteTableAssociation>of()
            : tables.get(0).associations()) {
      if (!Boolean.TRUE.equals(a.main())) {
        ec2.disassociateRouteTable(r -> r.associationId(a.routeTableAssociationId()));
      }
    }
    InUseRetry.run(ctx, what, () -> ec2.deleteRouteTable(r -> r.routeTableId(name)));
  }

  private void internetGateway(StepContext ctx, Ec2Client ec2, String what) {
    var gateways = ec2.describeInternetGateways(r -> r.internetGatewayIds(name)).internetGateways();
    if (!gateways.isEmpty()) {
      for (var a : gateways.get(0).attachments()) {
        InUseRetry.run(
            ctx,
            what,
            () -> ec2.detachInternetGateway(r -> r.internetGatewayId(name).vpcId(a.vpcId())));
      }
    }
    InUseRetry.run(ctx, what, () -> ec2.deleteInternetGateway(r -> r.internetGatewayId(name)));
  }

  private void securityGroup(StepContext ctx, Ec2Client ec2, String what) {
    var own = ec2.describeSecurityGroups(r -> r.groupIds(name)).securityGroups();
    if (own.isEmpty()) {
      return;
    }
    String vpc = own.get(0).vpcId();
    for (SecurityGroup g :
        ec2.describeSecurityGroups(r -> r.filters(f -> f.name("vpc-id").values(vpc)))
            .securityGroups()) {
      List<IpPermission> in = referring(g.ipPermissions());
      if (!in.isEmpty()) {
        ec2.revokeSecurityGroupIngress(r -> r.groupId(g.groupId()).ipPermissions(in));
      }
      List<IpPermission> out = referring(g.ipPermissionsEgress());
      if (!out.isEmpty()) {
        ec2.revokeSecurityGroupEgress(r -> r.groupId(g.groupId()).ipPermissions(out));
      }
    }
    InUseRetry.run(ctx, what, () -> ec2.deleteSecurityGroup(r -> r.groupId(name)));
  }

  /** The permissions, each cut to its pairs that refer to this group; those without none. */
  private List<IpPermission> referring(List<IpPermission> permissions) {
    return permissions.stream()
        .map(
            p ->
                p.toBuilder()
                    .ipRanges(List.of())
                    .ipv6Ranges(List.of())
                    .prefixListIds(List.of())
                    .userIdGroupPairs(
                        p.userIdGroupPairs().stream()
                            .filter(g -> name.equals(g.groupId()))
                            .map(g -> UserIdGroupPair.builder().groupId(g.groupId()).build())
                            .toList())
                    .build())
        .filter(p -> !p.userIdGroupPairs().isEmpty())
        .toList();
  }
}

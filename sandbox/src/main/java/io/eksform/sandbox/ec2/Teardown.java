package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.http.Xml;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.InternetGateway;
import io.eksform.sandbox.state.NatGateway;
import io.eksform.sandbox.state.Network;
import io.eksform.sandbox.state.Route;
import io.eksform.sandbox.state.RouteTable;
import io.eksform.sandbox.state.Subnet;
import io.eksform.sandbox.state.Vpc;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The EC2 calls that take a VPC apart, each refusing with AWS's {@code DependencyViolation} while
 * something still depends on what it deletes.
 */
final class Teardown {
  private final Account account;
  private final Clock clock;
  private final Ec2Lookup lookup;

  Teardown(Account account, Clock clock) {
    this.account = account;
    this.clock = clock;
    this.lookup = new Ec2Lookup(account);
  }

  private static AwsError dependencies(String noun, String id) {
    return new AwsError(
        "DependencyViolation",
        400,
        "The " + noun + " '" + id + "' has dependencies and cannot be deleted.");
  }

  Reply deleteVpc(SandboxRequest r) {
    Vpc v = lookup.vpc(r, Ec2Lookup.required(r.form(), "VpcId"));
    String id = v.id();
    boolean used =
        account.subnets().values().stream().anyMatch(s -> s.vpcId().equals(id))
            || account.internetGateways().values().stream()
                .anyMatch(g -> g.attachedVpcId().equals(id))
            || account.natGateways().values().stream()
                .anyMatch(n -> n.holdsAddress() && n.vpcId().equals(id))
            || account.securityGroups().values().stream()
                .anyMatch(g -> g.vpcId().equals(id) && !g.isDefault())
            || account.routeTables().values().stream()
                .anyMatch(t -> t.vpcId().equals(id) && !t.isMain());
    if (used) {
      throw dependencies("vpc", id);
    }
    account.routeTables().values().removeIf(t -> t.vpcId().equals(id));
    account.securityGroups().values().removeIf(g -> g.vpcId().equals(id));
    account.vpcs().remove(id);
    return Reply.xml(Ec2Lookup.done(r, "DeleteVpc").finish());
  }

  Reply deleteSubnet(SandboxRequest r) {
    Subnet s = lookup.subnet(r, Ec2Lookup.required(r.form(), "SubnetId"));
    if (Network.hasInterfaces(account, s.id())) {
      throw dependencies("subnet", s.id());
    }
    // A subnet's explicit route table association goes with it.
    for (RouteTable t : List.copyOf(account.routeTables().values())) {
      if (t.associatedWith(s.id())) {
        account.routeTables().put(t.id(), t.withoutSubnet(s.id()));
      }
    }
    account.subnets().remove(s.id());
    return Reply.xml(Ec2Lookup.done(r, "DeleteSubnet").finish());
  }

  Reply deleteRouteTable(SandboxRequest r) {
    RouteTable t = lookup.routeTable(r, Ec2Lookup.required(r.form(), "RouteTableId"));
    if (!t.associations().isEmpty()) {
      throw dependencies("routeTable", t.id());
    }
    account.routeTables().remove(t.id());
    return Reply.xml(Ec2Lookup.done(r, "DeleteRouteTable").finish());
  }

  Reply deleteRoute(SandboxRequest r) {
    RouteTable t = lookup.routeTable(r, Ec2Lookup.required(r.form(), "RouteTableId"));
    String destination = Ec2Lookup.required(r.form(), "DestinationCidrBlock");
    List<Route> kept = new ArrayList<>();
    Route removed = null;
    for (Route route : t.routes()) {
      if (route.destinationCidrBlock().equals(destination) && removed == null) {
        removed = route;
      } else {
        kept.add(route);
      }
    }
    if (removed == null) {
      throw new AwsError(
          "InvalidRoute.NotFound",
          400,
          "no route with destination-cidr-block " + destination + " in route table " + t.id());
    }
    if ("local".equals(removed.gatewayId())) {
      throw new AwsError(
          "InvalidParameterValue",
          400,
          "cannot remove local route " + destination + " in route table " + t.id());
    }
    account.routeTables().put(t.id(), t.withRoutes(kept));
    return Reply.xml(Ec2Lookup.done(r, "DeleteRoute").finish());
  }

  Reply disassociateRouteTable(SandboxRequest r) {
    String association = Ec2Lookup.required(r.form(), "AssociationId");
    for (RouteTable t : account.routeTables().values()) {
      if (!t.region().equals(r.region())) {
        continue;
      }
      for (RouteTable.Association a : t.associations()) {
        if (a.id().equals(association)) {
          if (a.main()) {
            throw new AwsError(
                "InvalidParameterValue",
                400,
                "cannot disassociate the main route table association " + association);
          }
          account.routeTables().put(t.id(), t.withoutSubnet(a.subnetId()));
          return Reply.xml(Ec2Lookup.done(r, "DisassociateRouteTable").finish());
        }
      }
    }
    throw new AwsError(
        "InvalidAssociationID.NotFound",
        400,
        "The association ID '" + association + "' does not exist");
  }

  Reply detachInternetGateway(SandboxRequest r) {
    InternetGateway g =
        lookup.internetGateway(r, Ec2Lookup.required(r.form(), "InternetGatewayId"));
    Vpc v = lookup.vpc(r, Ec2Lookup.required(r.form(), "VpcId"));
    if (!g.attachedVpcId().equals(v.id())) {
      throw new AwsError(
          "Gateway.NotAttached",
          400,
          "resource " + g.id() + " is not attached to network " + v.id());
    }
    // NAT gateways map public addresses through the internet gateway.
    if (account.natGateways().values().stream()
        .anyMatch(n -> n.holdsAddress() && n.vpcId().equals(v.id()))) {
      throw new AwsError(
          "DependencyViolation",
          400,
          "Network "
              + v.id()
              + " has some mapped public address(es). Please unmap those public address(es)"
              + " before detaching the gateway.");
    }
    account.internetGateways().put(g.id(), g.withAttachment(""));
    return Reply.xml(Ec2Lookup.done(r, "DetachInternetGateway").finish());
  }

  Reply deleteInternetGateway(SandboxRequest r) {
    InternetGateway g =
        lookup.internetGateway(r, Ec2Lookup.required(r.form(), "InternetGatewayId"));
    if (!g.attachedVpcId().isEmpty()) {
      throw dependencies("internetGateway", g.id());
    }
    account.internetGateways().remove(g.id());
    return Reply.xml(Ec2Lookup.done(r, "DeleteInternetGateway").finish());
  }

  Reply deleteNatGateway(SandboxRequest r) {
    NatGateway n = lookup.natGateway(r, Ec2Lookup.required(r.form(), "NatGatewayId"));
    if (n.state().equals("pending") || n.state().equals("available")) {
      account.natGateways().put(n.id(), n.withState("deleting", clock.millis()));
      account.transitionsChanged();
    }
    Xml xml = Ec2Lookup.response(r, "DeleteNatGateway").leaf("natGatewayId", n.id());
    return Reply.xml(xml.finish());
  }
}

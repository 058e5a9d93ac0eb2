package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.FormParams;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.http.Xml;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Address;
import io.eksform.sandbox.state.Cidr;
import io.eksform.sandbox.state.Ids;
import io.eksform.sandbox.state.InternetGateway;
import io.eksform.sandbox.state.NatGateway;
import io.eksform.sandbox.state.Network;
import io.eksform.sandbox.state.Route;
import io.eksform.sandbox.state.RouteTable;
import io.eksform.sandbox.state.SecurityGroup;
import io.eksform.sandbox.state.SecurityGroupRule;
import io.eksform.sandbox.state.Subnet;
import io.eksform.sandbox.state.Vpc;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The EC2 create calls that build a VPC: the VPC (with its main route table and default security
 * group), subnets, route tables, routes, associations, internet and NAT gateways.
 */
final class Create {
  private final Account account;
  private final Clock clock;
  private final Ec2Lookup lookup;

  Create(Account account, Clock clock) {
    this.account = account;
    this.clock = clock;
    this.lookup = new Ec2Lookup(account);
  }

  private static String required(FormParams form, String name) {
    return Ec2Lookup.required(form, name);
  }

  private static Map<String, String> tagSpecifications(FormParams form) {
    return Ec2Lookup.tagSpecifications(form);
  }

  private static Xml response(SandboxRequest r, String operation) {
    return Ec2Lookup.response(r, operation);
  }

  private Vpc vpc(SandboxRequest r, String id) {
    return lookup.vpc(r, id);
  }

  private Subnet subnet(SandboxRequest r, String id) {
    return lookup.subnet(r, id);
  }

  private RouteTable routeTable(SandboxRequest r, String id) {
    return lookup.routeTable(r, id);
  }

  Reply createVpc(SandboxRequest r) {
    String cidr = required(r.form(), "CidrBlock");
    Vpc v = new Vpc(r.region(), Ids.ec2("vpc"), cidr, false, tagSpecifications(r.form()));
    account.vpcs().put(v.id(), v);
    RouteTable main =
        new RouteTable(
            r.region(),
            Ids.ec2("rtb"),
            v.id(),
            List.of(new Route(cidr, "local", null, "CreateRouteTable")),
            List.of(new RouteTable.Association(Ids.ec2("rtbassoc"), null, true)),
            Map.of());
    account.routeTables().put(main.id(), main);
    SecurityGroup defaultGroup =
        new SecurityGroup(
            r.region(), Ids.ec2("sg"), v.id(), "default", "default VPC security group", Map.of());
    // AWS's default group lets its members talk to each other.
    account
        .securityGroups()
        .put(
            defaultGroup.id(),
            defaultGroup.withRules(
                List.of(
                    new SecurityGroupRule(
                        Ids.ec2("sgr"), "-1", null, null, null, defaultGroup.id())),
                defaultGroup.egress()));
    Xml xml = response(r, "CreateVpc").open("vpc");
    Ec2Xml.vpc(xml, v, account.id());
    return Reply.xml(xml.finish());
  }

  Reply createSubnet(SandboxRequest r) {
    Vpc v = vpc(r, required(r.form(), "VpcId"));
    String cidr = required(r.form(), "CidrBlock");
    checkSubnetBlock(v, cidr);
    String zone = r.form().get("AvailabilityZone", r.region() + "a");
    Subnet s =
        new Subnet(
            r.region(),
            Ids.ec2("subnet"),
            v.id(),
            cidr,
            zone,
            Network.zoneId(zone),
            false,
            Network.availableAddresses(cidr),
            tagSpecifications(r.form()),
            false);
    account.subnets().put(s.id(), s);
    Xml xml = response(r, "CreateSubnet").open("subnet");
    Ec2Xml.subnet(xml, s, account.id());
    return Reply.xml(xml.finish());
  }

  /** A subnet's block must be a /16 to /28 inside its VPC's and overlap no other subnet's. */
  private void checkSubnetBlock(Vpc v, String cidr) {
    Cidr block = Cidr.parse(cidr);
    Cidr vpcBlock = Cidr.parse(v.cidrBlock());
    if (block == null || block.prefix() < 16 || block.prefix() > 28) {
      throw new AwsError("InvalidSubnet.Range", 400, "The CIDR '" + cidr + "' is invalid.");
    }
    if (vpcBlock != null && !vpcBlock.contains(block)) {
      throw new AwsError("InvalidSubnet.Range", 400, "The CIDR '" + cidr + "' is invalid.");
    }
    for (Subnet other : account.subnets().values()) {
      Cidr taken = Cidr.parse(other.cidrBlock());
      if (other.vpcId().equals(v.id()) && taken != null && taken.overlaps(block)) {
        throw new AwsError(
            "InvalidSubnet.Conflict", 400, "The CIDR '" + cidr + "' conflicts with another subnet");
      }
    }
  }

  Reply createRouteTable(SandboxRequest r) {
    Vpc v = vpc(r, required(r.form(), "VpcId"));
    RouteTable t =
        new RouteTable(
            r.region(),
            Ids.ec2("rtb"),
            v.id(),
            List.of(new Route(v.cidrBlock(), "local", null, "CreateRouteTable")),
            List.of(),
            tagSpecifications(r.form()));
    account.routeTables().put(t.id(), t);
    Xml xml = response(r, "CreateRouteTable").open("routeTable");
    Ec2Xml.routeTable(xml, t, account.id());
    return Reply.xml(xml.finish());
  }

  Reply createRoute(SandboxRequest r) {
    RouteTable t = routeTable(r, required(r.form(), "RouteTableId"));
    String destination = required(r.form(), "DestinationCidrBlock");
    String gateway = r.form().get("GatewayId", null);
    String nat = r.form().get("NatGatewayId", null);
    if ((gateway == null) == (nat == null)) {
      throw new AwsError(
          "InvalidParameterCombination", 400, "Specify exactly one of GatewayId and NatGatewayId");
    }
    if (gateway != null && !account.internetGateways().containsKey(gateway)) {
      throw new AwsError(
          "InvalidInternetGatewayID.NotFound",
          400,
          "The internetGateway ID '" + gateway + "' does not exist");
    }
    if (nat != null && !account.natGateways().containsKey(nat)) {
      throw new AwsError(
          "NatGatewayNotFound", 400, "The natGateway ID '" + nat + "' does not exist");
    }
    if (t.routes().stream().anyMatch(x -> x.destinationCidrBlock().equals(destination))) {
      throw new AwsError(
          "RouteAlreadyExists", 400, "The route identified by " + destination + " already exists.");
    }
    account
        .routeTables()
        .put(t.id(), t.withRoute(new Route(destination, gateway, nat, "CreateRoute")));
    return Reply.xml(response(r, "CreateRoute").leaf("return", true).finish());
  }

  Reply associateRouteTable(SandboxRequest r) {
    RouteTable t = routeTable(r, required(r.form(), "RouteTableId"));
    Subnet s = subnet(r, required(r.form(), "SubnetId"));
    if (account.routeTables().values().stream().anyMatch(x -> x.associatedWith(s.id()))) {
      throw new AwsError(
          "Resource.AlreadyAssociated",
          400,
          "the specified association for route table "
              + t.id()
              + " conflicts with an existing"
              + " association");
    }
    String id = Ids.ec2("rtbassoc");
    account
        .routeTables()
        .put(t.id(), t.withAssociation(new RouteTable.Association(id, s.id(), false)));
    return Reply.xml(
        response(r, "AssociateRouteTable")
            .leaf("associationId", id)
            .open("associationState")
            .leaf("state", "associated")
            .close()
            .finish());
  }

  Reply createInternetGateway(SandboxRequest r) {
    InternetGateway g =
        new InternetGateway(r.region(), Ids.ec2("igw"), "", tagSpecifications(r.form()));
    account.internetGateways().put(g.id(), g);
    Xml xml = response(r, "CreateInternetGateway").open("internetGateway");
    Ec2Xml.internetGateway(xml, g, account.id());
    return Reply.xml(xml.finish());
  }

  Reply attachInternetGateway(SandboxRequest r) {
    String id = required(r.form(), "InternetGatewayId");
    InternetGateway g = lookup.internetGateway(r, id);
    Vpc v = vpc(r, required(r.form(), "VpcId"));
    if (!g.attachedVpcId().isEmpty()) {
      throw new AwsError(
          "Resource.AlreadyAssociated",
          400,
          "resource " + id + " is already attached to network " + g.attachedVpcId());
    }
    if (account.internetGateways().values().stream()
        .anyMatch(x -> x.attachedVpcId().equals(v.id()))) {
      throw new AwsError(
          "Resource.AlreadyAssociated",
          400,
          "resource " + v.id() + " already has an internet gateway attached");
    }
    account.internetGateways().put(id, g.withAttachment(v.id()));
    return Reply.xml(response(r, "AttachInternetGateway").leaf("return", true).finish());
  }

  Reply createNatGateway(SandboxRequest r) {
    Subnet s = subnet(r, required(r.form(), "SubnetId"));
    String connectivity = r.form().get("ConnectivityType", "public");
    if (!connectivity.equals("public")) {
      throw new AwsError(
          "InvalidParameterValue",
          400,
          "The sandbox makes public NAT gateways only, not '" + connectivity + "' ones");
    }
    Address address = lookup.address(r, required(r.form(), "AllocationId"));
    if (account.natGateways().values().stream()
        .anyMatch(n -> n.holdsAddress() && n.allocationId().equals(address.allocationId()))) {
      throw new AwsError(
          "Resource.AlreadyAssociated",
          400,
          "Elastic IP address [" + address.allocationId() + "] is already associated");
    }
    long now = clock.millis();
    NatGateway n =
        new NatGateway(
            r.region(),
            Ids.ec2("nat"),
            s.vpcId(),
            s.id(),
            address.publicIp(),
            now,
            tagSpecifications(r.form()),
            address.allocationId(),
            "pending",
            now);
    account.natGateways().put(n.id(), n);
    account.transitionsChanged();
    Xml xml = response(r, "CreateNatGateway").open("natGateway");
    Ec2Xml.natGateway(xml, n);
    xml.close();
    xml.leaf("clientToken", r.form().get("ClientToken", null));
    return Reply.xml(xml.finish());
  }
}

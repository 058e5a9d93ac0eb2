package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.FormParams;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.http.Xml;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Ids;
import io.eksform.sandbox.state.InternetGateway;
import io.eksform.sandbox.state.LaunchTemplate;
import io.eksform.sandbox.state.NatGateway;
import io.eksform.sandbox.state.Network;
import io.eksform.sandbox.state.Route;
import io.eksform.sandbox.state.RouteTable;
import io.eksform.sandbox.state.Subnet;
import io.eksform.sandbox.state.Vpc;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The EC2 create calls scenarios and users need to build a VPC by hand. */
final class Create {
  private final Account account;
  private final Clock clock;

  Create(Account account, Clock clock) {
    this.account = account;
    this.clock = clock;
  }

  private static String required(FormParams form, String name) {
    return form.get(name)
        .filter(v -> !v.isEmpty())
        .orElseThrow(
            () ->
                new AwsError(
                    "MissingParameter", 400, "The request must contain the parameter " + name));
  }

  private static Map<String, String> tagSpecifications(FormParams form) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (int i = 1; form.has("TagSpecification." + i); i++) {
      tags.putAll(form.pairs("TagSpecification." + i + ".Tag", "Key", "Value"));
    }
    return tags;
  }

  private Vpc vpc(SandboxRequest r, String id) {
    Vpc v = account.vpcs().get(id);
    if (v == null || !v.region().equals(r.region())) {
      throw new AwsError("InvalidVpcID.NotFound", 400, "The vpc ID '" + id + "' does not exist");
    }
    return v;
  }

  private Subnet subnet(SandboxRequest r, String id) {
    Subnet s = account.subnets().get(id);
    if (s == null || !s.region().equals(r.region())) {
      throw new AwsError(
          "InvalidSubnetID.NotFound", 400, "The subnet ID '" + id + "' does not exist");
    }
    return s;
  }

  private RouteTable routeTable(SandboxRequest r, String id) {
    RouteTable t = account.routeTables().get(id);
    if (t == null || !t.region().equals(r.region())) {
      throw new AwsError(
          "InvalidRouteTableID.NotFound", 400, "The routeTable ID '" + id + "' does not exist");
    }
    return t;
  }

  private static Xml response(SandboxRequest r, String operation) {
    return Xml.document(operation + "Response", Ec2Xml.NAMESPACE).leaf("requestId", r.requestId());
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
    Xml xml = response(r, "CreateVpc").open("vpc");
    Ec2Xml.vpc(xml, v, account.id());
    return Reply.xml(xml.finish());
  }

  Reply createSubnet(SandboxRequest r) {
    Vpc v = vpc(r, required(r.form(), "VpcId"));
    String cidr = required(r.form(), "CidrBlock");
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
            tagSpecifications(r.form()));
    account.subnets().put(s.id(), s);
    Xml xml = response(r, "CreateSubnet").open("subnet");
    Ec2Xml.subnet(xml, s, account.id());
    return Reply.xml(xml.finish());
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
    InternetGateway g = account.internetGateways().get(id);
    if (g == null) {
      throw new AwsError(
          "InvalidInternetGatewayID.NotFound",
          400,
          "The internetGateway ID '" + id + "' does not exist");
    }
    Vpc v = vpc(r, required(r.form(), "VpcId"));
    if (!g.attachedVpcId().isEmpty()) {
      throw new AwsError(
          "Resource.AlreadyAssociated",
          400,
          "resource " + id + " is already attached to network " + g.attachedVpcId());
    }
    account.internetGateways().put(id, new InternetGateway(g.region(), id, v.id(), g.tags()));
    return Reply.xml(response(r, "AttachInternetGateway").leaf("return", true).finish());
  }

  Reply createNatGateway(SandboxRequest r) {
    Subnet s = subnet(r, required(r.form(), "SubnetId"));
    NatGateway n =
        new NatGateway(
            r.region(),
            Ids.ec2("nat"),
            s.vpcId(),
            s.id(),
            "203.0.113." + (1 + account.natGateways().size() % 250),
            clock.millis(),
            tagSpecifications(r.form()));
    account.natGateways().put(n.id(), n);
    Xml xml = response(r, "CreateNatGateway").open("natGateway");
    Ec2Xml.natGateway(xml, n);
    return Reply.xml(xml.finish());
  }

  Reply createTags(SandboxRequest r) {
    List<String> ids = r.form().list("ResourceId");
    Map<String, String> tags = r.form().pairs("Tag", "Key", "Value");
    for (String id : ids) {
      if (!tagOne(id, tags)) {
        throw new AwsError("InvalidID", 400, "The ID '" + id + "' is not valid");
      }
    }
    return Reply.xml(response(r, "CreateTags").leaf("return", true).finish());
  }

  private boolean tagOne(String id, Map<String, String> add) {
    if (account.vpcs().containsKey(id)) {
      Vpc v = account.vpcs().get(id);
      account
          .vpcs()
          .put(id, new Vpc(v.region(), id, v.cidrBlock(), v.isDefault(), merge(v.tags(), add)));
      return true;
    }
    if (account.subnets().containsKey(id)) {
      Subnet s = account.subnets().get(id);
      account
          .subnets()
          .put(
              id,
              new Subnet(
                  s.region(),
                  id,
                  s.vpcId(),
                  s.cidrBlock(),
                  s.availabilityZone(),
                  s.availabilityZoneId(),
                  s.mapPublicIpOnLaunch(),
                  s.availableIpAddressCount(),
                  merge(s.tags(), add)));
      return true;
    }
    if (account.routeTables().containsKey(id)) {
      RouteTable t = account.routeTables().get(id);
      account.routeTables().put(id, t.withTags(merge(t.tags(), add)));
      return true;
    }
    if (account.launchTemplates().containsKey(id)) {
      LaunchTemplate t = account.launchTemplates().get(id);
      account.launchTemplates().put(id, t.withTags(merge(t.tags(), add)));
      return true;
    }
    if (account.internetGateways().containsKey(id)) {
      InternetGateway g = account.internetGateways().get(id);
      account
          .internetGateways()
          .put(id, new InternetGateway(g.region(), id, g.attachedVpcId(), merge(g.tags(), add)));
      return true;
    }
    return false;
  }

  private static Map<String, String> merge(Map<String, String> old, Map<String, String> add) {
    Map<String, String> out = new LinkedHashMap<>(old);
    out.putAll(add);
    return out;
  }
}

package io.eksform.sandbox.ec2;

import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Address;
import io.eksform.sandbox.state.InternetGateway;
import io.eksform.sandbox.state.NatGateway;
import io.eksform.sandbox.state.Route;
import io.eksform.sandbox.state.RouteTable;
import io.eksform.sandbox.state.SecurityGroup;
import io.eksform.sandbox.state.SecurityGroupRule;
import io.eksform.sandbox.state.Subnet;
import io.eksform.sandbox.state.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The describable EC2 resource kinds with their filters. */
final class Ec2Kinds {
  private Ec2Kinds() {}

  static ResourceKind<Vpc> vpcs(Account a) {
    return new ResourceKind<>(
        "DescribeVpcs",
        "vpcSet",
        "VpcId",
        "InvalidVpcID.NotFound",
        "vpc",
        Vpc::id,
        Vpc::region,
        Vpc::tags,
        v -> {
          Map<String, List<String>> m = new HashMap<>();
          m.put("vpc-id", List.of(v.id()));
          m.put("cidr", List.of(v.cidrBlock()));
          m.put("cidr-block-association.cidr-block", List.of(v.cidrBlock()));
          m.put("is-default", List.of(String.valueOf(v.isDefault())));
          m.put("state", List.of("available"));
          m.put("owner-id", List.of(a.id()));
          return m;
        },
        Set.of(
            "vpc-id",
            "cidr",
            "cidr-block-association.cidr-block",
            "is-default",
            "state",
            "owner-id"),
        (xml, v) -> Ec2Xml.vpc(xml, v, a.id()));
  }

  static ResourceKind<Subnet> subnets(Account a) {
    return new ResourceKind<>(
        "DescribeSubnets",
        "subnetSet",
        "SubnetId",
        "InvalidSubnetID.NotFound",
        "subnet",
        Subnet::id,
        Subnet::region,
        Subnet::tags,
        s -> {
          Map<String, List<String>> m = new HashMap<>();
          m.put("subnet-id", List.of(s.id()));
          m.put("vpc-id", List.of(s.vpcId()));
          for (String k : List.of("availability-zone", "availabilityZone")) {
            m.put(k, List.of(s.availabilityZone()));
          }
          for (String k : List.of("availability-zone-id", "availabilityZoneId")) {
            m.put(k, List.of(s.availabilityZoneId()));
          }
          for (String k : List.of("cidr-block", "cidr", "cidrBlock")) {
            m.put(k, List.of(s.cidrBlock()));
          }
          for (String k : List.of("default-for-az", "defaultForAz")) {
            m.put(k, List.of(String.valueOf(s.defaultForAz())));
          }
          m.put("map-public-ip-on-launch", List.of(String.valueOf(s.mapPublicIpOnLaunch())));
          m.put("state", List.of("available"));
          m.put("owner-id", List.of(a.id()));
          m.put("available-ip-address-count", List.of(String.valueOf(s.availableIpAddressCount())));
          m.put(
              "subnet-arn",
              List.of("arn:aws:ec2:" + s.region() + ":" + a.id() + ":subnet/" + s.id()));
          return m;
        },
        Set.of(
            "subnet-id",
            "vpc-id",
            "availability-zone",
            "availabilityZone",
            "availability-zone-id",
            "availabilityZoneId",
            "cidr-block",
            "cidr",
            "cidrBlock",
            "default-for-az",
            "defaultForAz",
            "map-public-ip-on-launch",
            "state",
            "owner-id",
            "available-ip-address-count",
            "subnet-arn"),
        (xml, s) -> Ec2Xml.subnet(xml, s, a.id()));
  }

  static ResourceKind<RouteTable> routeTables(Account a) {
    return new ResourceKind<>(
        "DescribeRouteTables",
        "routeTableSet",
        "RouteTableId",
        "InvalidRouteTableID.NotFound",
        "routeTable",
        RouteTable::id,
        RouteTable::region,
        RouteTable::tags,
        t -> {
          Map<String, List<String>> m = new HashMap<>();
          m.put("route-table-id", List.of(t.id()));
          m.put("vpc-id", List.of(t.vpcId()));
          m.put("owner-id", List.of(a.id()));
          List<String> assocIds = new ArrayList<>();
          List<String> subnetIds = new ArrayList<>();
          List<String> mains = new ArrayList<>();
          for (RouteTable.Association as : t.associations()) {
            assocIds.add(as.id());
            if (as.subnetId() != null) {
              subnetIds.add(as.subnetId());
            }
            mains.add(String.valueOf(as.main()));
          }
          m.put("association.route-table-association-id", assocIds);
          m.put(
              "association.route-table-id",
              t.associations().isEmpty() ? List.of() : List.of(t.id()));
          m.put("association.subnet-id", subnetIds);
          m.put("association.main", mains);
          List<String> cidrs = new ArrayList<>();
          List<String> gateways = new ArrayList<>();
          List<String> nats = new ArrayList<>();
          List<String> origins = new ArrayList<>();
          for (Route r : t.routes()) {
            cidrs.add(r.destinationCidrBlock());
            if (r.gatewayId() != null) {
              gateways.add(r.gatewayId());
            }
            if (r.natGatewayId() != null) {
              nats.add(r.natGatewayId());
            }
            origins.add(r.origin());
          }
          m.put("route.destination-cidr-block", cidrs);
          m.put("route.gateway-id", gateways);
          m.put("route.nat-gateway-id", nats);
          m.put("route.origin", origins);
          m.put("route.state", t.routes().isEmpty() ? List.of() : List.of("active"));
          return m;
        },
        Set.of(
            "route-table-id",
            "vpc-id",
            "owner-id",
            "association.route-table-association-id",
            "association.route-table-id",
            "association.subnet-id",
            "association.main",
            "route.destination-cidr-block",
            "route.gateway-id",
            "route.nat-gateway-id",
            "route.origin",
            "route.state"),
        (xml, t) -> Ec2Xml.routeTable(xml, t, a.id()));
  }

  static ResourceKind<InternetGateway> internetGateways(Account a) {
    return new ResourceKind<>(
        "DescribeInternetGateways",
        "internetGatewaySet",
        "InternetGatewayId",
        "InvalidInternetGatewayID.NotFound",
        "internetGateway",
        InternetGateway::id,
        InternetGateway::region,
        InternetGateway::tags,
        g -> {
          Map<String, List<String>> m = new HashMap<>();
          m.put("internet-gateway-id", List.of(g.id()));
          m.put("owner-id", List.of(a.id()));
          m.put(
              "attachment.vpc-id",
              g.attachedVpcId().isEmpty() ? List.of() : List.of(g.attachedVpcId()));
          m.put("attachment.state", g.attachedVpcId().isEmpty() ? List.of() : List.of("available"));
          return m;
        },
        Set.of("internet-gateway-id", "owner-id", "attachment.vpc-id", "attachment.state"),
        (xml, g) -> Ec2Xml.internetGateway(xml, g, a.id()));
  }

  static ResourceKind<NatGateway> natGateways(Account a) {
    return new ResourceKind<>(
        "DescribeNatGateways",
        "natGatewaySet",
        "NatGatewayId",
        "NatGatewayNotFound",
        "natGateway",
        NatGateway::id,
        NatGateway::region,
        NatGateway::tags,
        n -> {
          Map<String, List<String>> m = new HashMap<>();
          m.put("nat-gateway-id", List.of(n.id()));
          m.put("vpc-id", List.of(n.vpcId()));
          m.put("subnet-id", List.of(n.subnetId()));
          m.put("state", List.of(n.state()));
          return m;
        },
        Set.of("nat-gateway-id", "vpc-id", "subnet-id", "state"),
        (xml, n) -> Ec2Xml.natGateway(xml, n));
  }

  static ResourceKind<SecurityGroup> securityGroups(Account a) {
    return new ResourceKind<>(
        "DescribeSecurityGroups",
        "securityGroupInfo",
        "GroupId",
        "InvalidGroup.NotFound",
        "security group",
        SecurityGroup::id,
        SecurityGroup::region,
        SecurityGroup::tags,
        g -> {
          Map<String, List<String>> m = new HashMap<>();
          m.put("group-id", List.of(g.id()));
          m.put("group-name", List.of(g.name()));
          m.put("vpc-id", List.of(g.vpcId()));
          m.put("description", List.of(g.description()));
          m.put("owner-id", List.of(a.id()));
          for (SecurityGroupRule rule : g.ingress()) {
            if (rule.cidr() != null) {
              m.computeIfAbsent("ip-permission.cidr", k -> new ArrayList<>()).add(rule.cidr());
            }
            if (rule.groupId() != null) {
              m.computeIfAbsent("ip-permission.group-id", k -> new ArrayList<>())
                  .add(rule.groupId());
            }
          }
          return m;
        },
        Set.of(
            "group-id",
            "group-name",
            "vpc-id",
            "description",
            "owner-id",
            "ip-permission.cidr",
            "ip-permission.group-id"),
        (xml, g) -> Ec2Xml.securityGroup(xml, g, a.id()));
  }

  static ResourceKind<Address> addresses(Account a) {
    return new ResourceKind<>(
        "DescribeAddresses",
        "addressesSet",
        "AllocationId",
        "InvalidAllocationID.NotFound",
        "allocation",
        Address::allocationId,
        Address::region,
        Address::tags,
        x -> {
          Map<String, List<String>> m = new HashMap<>();
          m.put("allocation-id", List.of(x.allocationId()));
          m.put("public-ip", List.of(x.publicIp()));
          m.put("domain", List.of("vpc"));
          m.put("network-border-group", List.of(x.region()));
          NatGateway holder = Ec2Kinds.holder(a, x);
          if (holder != null) {
            m.put("association-id", List.of("eipassoc-0" + x.allocationId().substring(10)));
            m.put("network-interface-id", List.of("eni-0" + holder.id().substring(5)));
          }
          return m;
        },
        Set.of(
            "allocation-id",
            "public-ip",
            "domain",
            "network-border-group",
            "association-id",
            "network-interface-id"),
        (xml, x) -> Ec2Xml.address(xml, x, holder(a, x), a.id()));
  }

  /** The NAT gateway an elastic IP is associated with, if any. */
  static NatGateway holder(Account a, Address x) {
    return a.natGateways().values().stream()
        .filter(n -> n.holdsAddress() && n.allocationId().equals(x.allocationId()))
        .findFirst()
        .orElse(null);
  }

  /** A zone of a region, as DescribeAvailabilityZones lists it. */
  record Zone(String region, String name) {}

  static ResourceKind<Zone> zones() {
    return new ResourceKind<>(
        "DescribeAvailabilityZones",
        "availabilityZoneInfo",
        "ZoneName",
        "InvalidParameterValue",
        "availability zone",
        Zone::name,
        Zone::region,
        z -> Map.of(),
        z -> {
          Map<String, List<String>> m = new HashMap<>();
          m.put("zone-name", List.of(z.name()));
          m.put("zone-id", List.of(io.eksform.sandbox.state.Network.zoneId(z.name())));
          m.put("region-name", List.of(z.region()));
          m.put("state", List.of("available"));
          m.put("zone-type", List.of("availability-zone"));
          m.put("opt-in-status", List.of("opt-in-not-required"));
          m.put("group-name", List.of(z.region()));
          return m;
        },
        Set.of(
            "zone-name",
            "zone-id",
            "region-name",
            "state",
            "zone-type",
            "opt-in-status",
            "group-name"),
        (xml, z) -> Ec2Xml.zone(xml, z.region(), z.name()));
  }

  /**
   * A VPC's default network ACL, which every subnet of the VPC is associated with (the sandbox
   * keeps no other ACLs, so it is derived from the VPC, not stored).
   */
  record NetworkAcl(String region, String id, String vpcId, List<String> subnetIds) {}

  /** The default network ACL of every VPC, as DescribeNetworkAcls lists them. */
  static List<NetworkAcl> networkAclsOf(Account a) {
    List<NetworkAcl> out = new ArrayList<>();
    for (Vpc v : a.vpcs().values()) {
      List<String> subnets =
          a.subnets().values().stream()
              .filter(s -> s.vpcId().equals(v.id()))
              .map(Subnet::id)
              .toList();
      out.add(new NetworkAcl(v.region(), aclId(v.id()), v.id(), subnets));
    }
    return out;
  }

  static String aclId(String vpcId) {
    return io.eksform.sandbox.state.Ids.derived("acl", vpcId + "/default");
  }

  static ResourceKind<NetworkAcl> networkAcls(Account a) {
    return new ResourceKind<>(
        "DescribeNetworkAcls",
        "networkAclSet",
        "NetworkAclId",
        "InvalidNetworkAclID.NotFound",
        "networkAcl",
        NetworkAcl::id,
        NetworkAcl::region,
        n -> Map.of(),
        n -> {
          Map<String, List<String>> m = new HashMap<>();
          m.put("network-acl-id", List.of(n.id()));
          m.put("vpc-id", List.of(n.vpcId()));
          m.put("default", List.of("true"));
          m.put("owner-id", List.of(a.id()));
          m.put("association.subnet-id", n.subnetIds());
          m.put(
              "association.network-acl-id", n.subnetIds().isEmpty() ? List.of() : List.of(n.id()));
          return m;
        },
        Set.of(
            "network-acl-id",
            "vpc-id",
            "default",
            "owner-id",
            "association.subnet-id",
            "association.network-acl-id"),
        (xml, n) -> Ec2Xml.networkAcl(xml, n.id(), n.vpcId(), n.subnetIds(), a.id()));
  }
}

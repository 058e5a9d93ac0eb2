package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.Xml;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Cluster;
import io.eksform.sandbox.state.Ids;
import io.eksform.sandbox.state.NatGateway;
import io.eksform.sandbox.state.Nodegroup;
import io.eksform.sandbox.state.Subnet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The network interfaces other services put in the account's subnets, derived from what owns them
 * (they come and go with it): one per subnet of an EKS cluster, one per subnet of a managed node
 * group, one per live NAT gateway.
 */
final class NetworkInterfaces {
  private NetworkInterfaces() {}

  /** One interface as DescribeNetworkInterfaces shows it. */
  record Eni(
      String region,
      String id,
      String subnetId,
      String vpcId,
      String zone,
      String description,
      String interfaceType,
      String requesterId,
      List<String> groups,
      String publicIp) {}

  static List<Eni> of(Account a) {
    List<Eni> out = new ArrayList<>();
    for (Cluster c : a.clusters().values()) {
      List<String> groups = new ArrayList<>(c.securityGroupIds());
      groups.add(0, c.clusterSecurityGroupId());
      for (String subnet : c.subnetIds()) {
        add(
            out,
            a,
            Ids.derived("eni", c.arn() + "/" + subnet),
            subnet,
            "Amazon EKS " + c.name(),
            "interface",
            "AROA" + a.id() + ":eks-control-plane",
            groups,
            null);
      }
    }
    for (Nodegroup n : a.nodegroups().values()) {
      Cluster c = a.clusters().get(Account.key(n.region(), n.clusterName()));
      List<String> groups = c == null ? List.of() : List.of(c.clusterSecurityGroupId());
      for (String subnet : n.subnets()) {
        add(
            out,
            a,
            Ids.derived("eni", n.arn() + "/" + subnet),
            subnet,
            "",
            "interface",
            "AROA" + a.id() + ":autoscaling",
            groups,
            null);
      }
    }
    for (NatGateway n : a.natGateways().values()) {
      if (n.holdsAddress()) {
        // The same interface id its address set names.
        add(
            out,
            a,
            "eni-0" + n.id().substring(5),
            n.subnetId(),
            "Interface for NAT Gateway " + n.id(),
            "nat_gateway",
            "amazon-vpc",
            List.of(),
            n.publicIp());
      }
    }
    return out;
  }

  private static void add(
      List<Eni> out,
      Account a,
      String id,
      String subnetId,
      String description,
      String type,
      String requester,
      List<String> groups,
      String publicIp) {
    Subnet s = a.subnets().get(subnetId);
    if (s == null) {
      return;
    }
    out.add(
        new Eni(
            s.region(),
            id,
            subnetId,
            s.vpcId(),
            s.availabilityZone(),
            description,
            type,
            requester,
            groups,
            publicIp));
  }

  static ResourceKind<Eni> kind(Account a) {
    return new ResourceKind<>(
        "DescribeNetworkInterfaces",
        "networkInterfaceSet",
        "NetworkInterfaceId",
        "InvalidNetworkInterfaceID.NotFound",
        "network interface",
        Eni::id,
        Eni::region,
        e -> Map.of(),
        e -> {
          Map<String, List<String>> m = new HashMap<>();
          m.put("network-interface-id", List.of(e.id()));
          m.put("subnet-id", List.of(e.subnetId()));
          m.put("vpc-id", List.of(e.vpcId()));
          m.put("availability-zone", List.of(e.zone()));
          m.put("description", List.of(e.description()));
          m.put("interface-type", List.of(e.interfaceType()));
          m.put("requester-id", List.of(e.requesterId()));
          m.put("requester-managed", List.of("true"));
          m.put("status", List.of("in-use"));
          m.put("group-id", e.groups());
          m.put("owner-id", List.of(a.id()));
          return m;
        },
        Set.of(
            "network-interface-id",
            "subnet-id",
            "vpc-id",
            "availability-zone",
            "description",
            "interface-type",
            "requester-id",
            "requester-managed",
            "status",
            "group-id",
            "owner-id"),
        (xml, e) -> render(xml, e, a));
  }

  private static void render(Xml xml, Eni e, Account a) {
    xml.leaf("networkInterfaceId", e.id())
        .leaf("subnetId", e.subnetId())
        .leaf("vpcId", e.vpcId())
        .leaf("availabilityZone", e.zone())
        .leaf("description", e.description())
        .leaf("ownerId", a.id())
        .leaf("requesterId", e.requesterId())
        .leaf("requesterManaged", true)
        .leaf("status", "in-use")
        .leaf("privateIpAddress", Ec2Xml.privateIp(e.id()))
        .leaf("sourceDestCheck", true)
        .leaf("interfaceType", e.interfaceType())
        .open("groupSet");
    for (String g : e.groups()) {
      var group = a.securityGroups().get(g);
      xml.open("item")
          .leaf("groupId", g)
          .leaf("groupName", group == null ? null : group.name())
          .close();
    }
    xml.close();
    if (e.publicIp() != null) {
      xml.open("association").leaf("publicIp", e.publicIp()).leaf("ipOwnerId", "amazon").close();
    }
    xml.open("tagSet")
        .close()
        .open("privateIpAddressesSet")
        .open("item")
        .leaf("privateIpAddress", Ec2Xml.privateIp(e.id()))
        .leaf("primary", true)
        .close()
        .close();
  }
}

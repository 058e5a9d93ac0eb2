package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.Xml;
import io.eksform.sandbox.state.Address;
import io.eksform.sandbox.state.InternetGateway;
import io.eksform.sandbox.state.NatGateway;
import io.eksform.sandbox.state.Route;
import io.eksform.sandbox.state.RouteTable;
import io.eksform.sandbox.state.SecurityGroup;
import io.eksform.sandbox.state.SecurityGroupRule;
import io.eksform.sandbox.state.Subnet;
import io.eksform.sandbox.state.Vpc;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes EC2 resources as {@code <item>} elements in the EC2 query protocol's XML. */
final class Ec2Xml {
  static final String NAMESPACE = "http://ec2.amazonaws.com/doc/2016-11-15/";

  private Ec2Xml() {}

  static void tags(Xml xml, Map<String, String> tags) {
    xml.open("tagSet");
    tags.forEach((k, v) -> xml.open("item").leaf("key", k).leaf("value", v).close());
    xml.close();
  }

  static void vpc(Xml xml, Vpc v, String owner) {
    xml.leaf("vpcId", v.id())
        .leaf("ownerId", owner)
        .leaf("state", "available")
        .leaf("cidrBlock", v.cidrBlock())
        .open("cidrBlockAssociationSet")
        .open("item")
        .leaf("associationId", "vpc-cidr-assoc-" + v.id().substring(4))
        .leaf("cidrBlock", v.cidrBlock())
        .open("cidrBlockState")
        .leaf("state", "associated")
        .close()
        .close()
        .close()
        .open("ipv6CidrBlockAssociationSet")
        .close()
        .leaf("dhcpOptionsId", "dopt-0" + v.id().substring(5))
        .leaf("instanceTenancy", "default")
        .leaf("isDefault", v.isDefault());
    tags(xml, v.tags());
  }

  static void subnet(Xml xml, Subnet s, String owner) {
    xml.leaf("subnetId", s.id())
        .leaf("subnetArn", "arn:aws:ec2:" + s.region() + ":" + owner + ":subnet/" + s.id())
        .leaf("state", "available")
        .leaf("vpcId", s.vpcId())
        .leaf("cidrBlock", s.cidrBlock())
        .leaf("availableIpAddressCount", s.availableIpAddressCount())
        .leaf("availabilityZone", s.availabilityZone())
        .leaf("availabilityZoneId", s.availabilityZoneId())
        .leaf("defaultForAz", s.defaultForAz())
        .leaf("mapPublicIpOnLaunch", s.mapPublicIpOnLaunch())
        .leaf("mapCustomerOwnedIpOnLaunch", false)
        .leaf("assignIpv6AddressOnCreation", false)
        .open("ipv6CidrBlockAssociationSet")
        .close()
        .leaf("ipv6Native", false)
        .leaf("enableDns64", false)
        .leaf("ownerId", owner);
    tags(xml, s.tags());
    xml.open("privateDnsNameOptionsOnLaunch")
        .leaf("hostnameType", "ip-name")
        .leaf("enableResourceNameDnsARecord", false)
        .leaf("enableResourceNameDnsAAAARecord", false)
        .close();
  }

  static void routeTable(Xml xml, RouteTable t, String owner) {
    xml.leaf("routeTableId", t.id()).leaf("vpcId", t.vpcId()).leaf("ownerId", owner);
    xml.open("routeSet");
    for (Route r : t.routes()) {
      xml.open("item")
          .leaf("destinationCidrBlock", r.destinationCidrBlock())
          .leaf("gatewayId", r.gatewayId())
          .leaf("natGatewayId", r.natGatewayId())
          .leaf("origin", r.origin())
          .leaf("state", "active")
          .close();
    }
    xml.close().open("associationSet");
    for (RouteTable.Association a : t.associations()) {
      xml.open("item")
          .leaf("main", a.main())
          .leaf("routeTableAssociationId", a.id())
          .leaf("routeTableId", t.id())
          .leaf("subnetId", a.subnetId())
          .open("associationState")
          .leaf("state", "associated")
          .close()
          .close();
    }
    xml.close().open("propagatingVgwSet").close();
    tags(xml, t.tags());
  }

  static void internetGateway(Xml xml, InternetGateway g, String owner) {
    xml.leaf("internetGatewayId", g.id()).leaf("ownerId", owner).open("attachmentSet");
    if (!g.attachedVpcId().isEmpty()) {
      xml.open("item").leaf("vpcId", g.attachedVpcId()).leaf("state", "available").close();
    }
    xml.close();
    tags(xml, g.tags());
  }

  static void natGateway(Xml xml, NatGateway n) {
    xml.leaf("natGatewayId", n.id())
        .leaf("vpcId", n.vpcId())
        .leaf("subnetId", n.subnetId())
        .leaf("state", n.state())
        .leaf("connectivityType", "public")
        .leaf("createTime", Instant.ofEpochMilli(n.createdAt()).toString());
    if (n.state().equals("deleted")) {
      xml.leaf("deleteTime", Instant.ofEpochMilli(n.since()).toString());
    }
    xml.open("natGatewayAddressSet")
        .open("item")
        .leaf("allocationId", n.allocationId())
        .leaf(
            "associationId",
            n.state().equals("deleted") ? null : "eipassoc-0" + n.allocationId().substring(10))
        .leaf("networkInterfaceId", "eni-0" + n.id().substring(5))
        .leaf("privateIp", privateIp(n.id()))
        .leaf("publicIp", n.publicIp())
        .leaf("isPrimary", true)
        .leaf("status", addressStatus(n.state()))
        .close()
        .close();
    tags(xml, n.tags());
  }

  private static String addressStatus(String natState) {
    return switch (natState) {
      case "pending" -> "associating";
      case "deleting" -> "disassociating";
      case "deleted" -> "disassociated";
      default -> "succeeded";
    };
  }

  /** A stable private address for a NAT gateway's network interface. */
  static String privateIp(String id) {
    int h = id.hashCode();
    return "10.0." + ((h >>> 8) & 0xff) + "." + (1 + (h & 0x7f));
  }

  static void securityGroup(Xml xml, SecurityGroup g, String owner) {
    xml.leaf("ownerId", owner)
        .leaf("groupId", g.id())
        .leaf("groupName", g.name())
        .leaf("groupDescription", g.description())
        .leaf("vpcId", g.vpcId())
        .leaf(
            "securityGroupArn",
            "arn:aws:ec2:" + g.region() + ":" + owner + ":security-group/" + g.id());
    permissions(xml, "ipPermissions", g.ingress(), owner);
    permissions(xml, "ipPermissionsEgress", g.egress(), owner);
    tags(xml, g.tags());
  }

  /** Rules as EC2 lists them: one item per protocol and port range, with its peers. */
  static void permissions(Xml xml, String element, List<SecurityGroupRule> rules, String owner) {
    Map<String, List<SecurityGroupRule>> byRange = new LinkedHashMap<>();
    for (SecurityGroupRule rule : rules) {
      byRange
          .computeIfAbsent(
              rule.protocol() + "/" + rule.fromPort() + "/" + rule.toPort(), k -> new ArrayList<>())
          .add(rule);
    }
    xml.open(element);
    for (List<SecurityGroupRule> same : byRange.values()) {
      SecurityGroupRule first = same.get(0);
      xml.open("item")
          .leaf("ipProtocol", first.protocol())
          .leaf("fromPort", first.fromPort())
          .leaf("toPort", first.toPort())
          .open("groups");
      for (SecurityGroupRule rule : same) {
        if (rule.groupId() != null) {
          xml.open("item")
              .leaf("securityGroupRuleId", rule.id())
              .leaf("userId", owner)
              .leaf("groupId", rule.groupId())
              .close();
        }
      }
      xml.close().open("ipRanges");
      for (SecurityGroupRule rule : same) {
        if (rule.cidr() != null) {
          xml.open("item")
              .leaf("securityGroupRuleId", rule.id())
              .leaf("cidrIp", rule.cidr())
              .close();
        }
      }
      xml.close().open("ipv6Ranges").close().open("prefixListIds").close().close();
    }
    xml.close();
  }

  static void address(Xml xml, Address a, NatGateway holder, String owner) {
    xml.leaf("publicIp", a.publicIp()).leaf("allocationId", a.allocationId()).leaf("domain", "vpc");
    if (holder != null) {
      String eni = "eni-0" + holder.id().substring(5);
      xml.leaf("associationId", "eipassoc-0" + a.allocationId().substring(10))
          .leaf("networkInterfaceId", eni)
          .leaf("networkInterfaceOwnerId", owner)
          .leaf("privateIpAddress", privateIp(holder.id()));
    }
    tags(xml, a.tags());
    xml.leaf("publicIpv4Pool", "amazon").leaf("networkBorderGroup", a.region());
  }

  static void zone(Xml xml, String region, String zone) {
    xml.leaf("zoneName", zone)
        .leaf("zoneState", "available")
        .leaf("regionName", region)
        .leaf("zoneId", io.eksform.sandbox.state.Network.zoneId(zone))
        .leaf("zoneType", "availability-zone")
        .leaf("optInStatus", "opt-in-not-required")
        .leaf("groupName", region)
        .leaf("networkBorderGroup", region)
        .open("messageSet")
        .close()
        .leaf("groupLongName", region);
  }

  /** A default network ACL: allow everything (rule 100) over the deny-all rule, both ways. */
  static void networkAcl(Xml xml, String id, String vpcId, List<String> subnets, String owner) {
    xml.leaf("networkAclId", id).leaf("vpcId", vpcId).leaf("default", true).open("entrySet");
    for (boolean egress : new boolean[] {true, false}) {
      for (int rule : new int[] {100, 32767}) {
        xml.open("item")
            .leaf("ruleNumber", rule)
            .leaf("protocol", "-1")
            .leaf("ruleAction", rule == 100 ? "allow" : "deny")
            .leaf("egress", egress)
            .leaf("cidrBlock", "0.0.0.0/0")
            .close();
      }
    }
    xml.close().open("associationSet");
    for (String subnet : subnets) {
      xml.open("item")
          .leaf("networkAclAssociationId", "aclassoc-0" + subnet.substring(8))
          .leaf("networkAclId", id)
          .leaf("subnetId", subnet)
          .close();
    }
    xml.close().open("tagSet").close().leaf("ownerId", owner);
  }
}

package io.eksform.engine.resource.network;

import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.plan.Unknown;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The EC2 objects of a layout, in the order they are made: the VPC; its subnets; the internet
 * gateway; per NAT gateway an elastic IP and the gateway in a public subnet; the public route table
 * (to the internet gateway) and one private route table per zone (to its zone's NAT gateway, or the
 * single one); the control plane's and the nodes' shared security groups, with eksctl's
 * descriptions, rules and {@code Name} tags. Objects refer to each other by address.
 */
final class NetworkObjects {
  static final String CONTROL_PLANE = "control_plane";
  static final String SHARED_NODE = "shared_node";
  static final String CONTROL_PLANE_DESCRIPTION =
      "Communication between the control plane and worker nodegroups";
  static final String SHARED_NODE_DESCRIPTION = "Communication between all nodes in the cluster";
  static final String NODES_TALK = "Allow nodes to communicate with each other (all ports)";

  private NetworkObjects() {}

  static List<DesiredObject> of(NetworkLayout layout) {
    List<DesiredObject> out = new ArrayList<>();
    String c = layout.cluster();
    ResourceAddress vpc = ResourceAddress.of(ResourceAddress.VPC);
    ObjectNode v = Json.object();
    v.put("id", Unknown.TEXT);
    v.put("cidr", layout.cidr().toString());
    v.put("enable_dns_support", true);
    v.put("enable_dns_hostnames", true);
    v.set("tags", tags(Map.of("Name", name(c, "VPC"))));
    out.add(
        new DesiredObject(
            vpc,
            v,
            List.of(),
            "/vpc/cidr",
            "the config names no vpc.id: the cluster gets a VPC of its own, as eksctl makes"));
    for (SubnetLayout s : layout.subnets()) {
      ObjectNode n = Json.object();
      n.put("id", Unknown.TEXT);
      n.put("vpc", "vpc");
      n.put("zone", s.zone());
      n.put("cidr", s.cidr().toString());
      n.put("map_public_ip_on_launch", s.isPublic());
      n.set(
          "tags",
          tags(
              Map.of(
                  "Name",
                  name(c, (s.isPublic() ? "SubnetPublic" : "SubnetPrivate") + zoneWord(s.zone())),
                  s.isPublic() ? "kubernetes.io/role/elb" : "kubernetes.io/role/internal-elb",
                  "1")));
      out.add(
          new DesiredObject(
              subnet(s),
              n,
              List.of(vpc),
              s.pointer(),
              (s.isPublic() ? "public" : "private")
                  + " subnet of zone "
                  + s.zone()
                  + (layout.zonesChosen() ? " (zone chosen by eksform)" : "")));
    }
    ResourceAddress igw = ResourceAddress.of(ResourceAddress.INTERNET_GATEWAY);
    ObjectNode g = Json.object();
    g.put("id", Unknown.TEXT);
    g.put("vpc", "vpc");
    g.set("tags", tags(Map.of("Name", name(c, "InternetGateway"))));
    out.add(
        new DesiredObject(
            igw, g, List.of(vpc), "/vpc/cidr", "the public subnets reach the internet through it"));
    for (String nat : natNames(layout)) {
      ResourceAddress eip = ResourceAddress.of(ResourceAddress.ELASTIC_IP, nat);
      ObjectNode e = Json.object();
      e.put("id", Unknown.TEXT);
      e.set("tags", tags(Map.of("Name", name(c, "NATIP" + suffix(nat)))));
      out.add(
          new DesiredObject(
              eip, e, List.of(), natPointer(), "the public address of NAT gateway " + nat));
      String zone = nat.equals("single") ? layout.zones().get(0) : nat;
      ResourceAddress in = subnet(layout.subnet(true, zone));
      ObjectNode n = Json.object();
      n.put("id", Unknown.TEXT);
      n.put("subnet", in.toString());
      n.put("elastic_ip", eip.toString());
      n.set("tags", tags(Map.of("Name", name(c, "NATGateway" + suffix(nat)))));
      out.add(
          new DesiredObject(
              ResourceAddress.of(ResourceAddress.NAT_GATEWAY, nat),
              n,
              List.of(eip, in, igw),
              natPointer(),
              "vpc.nat.gateway is "
                  + layout.nat().word
                  + ": the private subnets reach the internet through it"));
    }
    List<ResourceAddress> publicSubnets =
        layout.publicSubnets().stream().map(NetworkObjects::subnet).toList();
    List<ResourceAddress> rtDeps = new ArrayList<>(publicSubnets);
    rtDeps.add(igw);
    out.add(
        routeTable(
            "public",
            name(c, "PublicRouteTable"),
            publicSubnets,
            igw,
            rtDeps,
            "routes the public subnets to the internet gateway"));
    for (SubnetLayout s : layout.privateSubnets()) {
      List<ResourceAddress> deps = new ArrayList<>(List.of(subnet(s)));
      ResourceAddress target = null;
      if (layout.nat() != NatMode.DISABLE) {
        target =
            ResourceAddress.of(
                ResourceAddress.NAT_GATEWAY, layout.nat() == NatMode.SINGLE ? "single" : s.zone());
        deps.add(target);
      }
      out.add(
          routeTable(
              "private-" + s.zone(),
              name(c, "PrivateRouteTable" + zoneWord(s.zone())),
              List.of(subnet(s)),
              target,
              deps,
              target == null
                  ? "the private subnet of zone " + s.zone() + " (vpc.nat.gateway is Disable)"
                  : "routes the private subnet of zone " + s.zone() + " to " + target));
    }
    out.add(securityGroup(layout, CONTROL_PLANE));
    out.add(securityGroup(layout, SHARED_NODE));
    return out;
  }

  /** The NAT gateways' names: {@code single}, one per zone, or none. */
  static List<String> natNames(NetworkLayout layout) {
    return switch (layout.nat()) {
      case SINGLE -> List.of("single");
      case HIGHLY_AVAILABLE -> layout.zones();
      case DISABLE -> List.of();
    };
  }

  static ResourceAddress subnet(SubnetLayout s) {
    return ResourceAddress.of(ResourceAddress.SUBNET, s.name());
  }

  /** The group name EC2 knows a security group by, unique in its VPC. */
  static String groupName(String cluster, String which) {
    return "eksform-" + cluster + "-" + which.replace('_', '-');
  }

  private static DesiredObject securityGroup(NetworkLayout layout, String which) {
    boolean controlPlane = which.equals(CONTROL_PLANE);
    ResourceAddress address = ResourceAddress.of(ResourceAddress.SECURITY_GROUP, which);
    ObjectNode g = Json.object();
    g.put("id", Unknown.TEXT);
    g.put("vpc", "vpc");
    g.put("name", groupName(layout.cluster(), which));
    g.put("description", controlPlane ? CONTROL_PLANE_DESCRIPTION : SHARED_NODE_DESCRIPTION);
    ArrayNode ingress = g.putArray("ingress");
    if (!controlPlane) {
      ObjectNode self = ingress.addObject();
      self.put("protocol", "-1");
      self.put("ports", "all");
      self.put("source", address.toString());
      self.put("description", NODES_TALK);
    }
    g.set(
        "tags",
        tags(
            Map.of(
                "Name",
                name(
                    layout.cluster(),
                    controlPlane
                        ? "ControlPlaneSecurityGroup"
                        : "ClusterSharedNodeSecurityGroup"))));
    return new DesiredObject(
        address,
        g,
        List.of(ResourceAddress.of(ResourceAddress.VPC)),
        "/vpc/cidr",
        controlPlane
            ? "the control plane's security group, as eksctl makes it"
            : "the security group all the cluster's nodes share, as eksctl makes it");
  }

  private static DesiredObject routeTable(
      String name,
      String nameTag,
      List<ResourceAddress> subnets,
      ResourceAddress target,
      List<ResourceAddress> deps,
      String reason) {
    ObjectNode t = Json.object();
    t.put("id", Unknown.TEXT);
    t.put("vpc", "vpc");
    ArrayNode routes = t.putArray("routes");
    if (target != null) {
      ObjectNode r = routes.addObject();
      r.put("destination", "0.0.0.0/0");
      r.put("target", target.toString());
    }
    t.set(
        "subnets", Json.strings(subnets.stream().map(ResourceAddress::toString).sorted().toList()));
    t.set("tags", tags(Map.of("Name", nameTag)));
    List<ResourceAddress> all = new ArrayList<>(deps);
    all.add(ResourceAddress.of(ResourceAddress.VPC));
    return new DesiredObject(
        ResourceAddress.of(ResourceAddress.ROUTE_TABLE, name), t, all, natPointer(), reason);
  }

  private static String natPointer() {
    return "/vpc/nat/gateway";
  }

  private static String suffix(String nat) {
    return nat.equals("single") ? "" : zoneWord(nat);
  }

  /** A zone as eksctl writes it in names: {@code us-west-2a} is {@code USWEST2A}. */
  static String zoneWord(String zone) {
    return zone.replace("-", "").toUpperCase(Locale.ROOT);
  }

  /** An eksctl-like {@code Name} tag, under eksform's prefix. */
  static String name(String cluster, String part) {
    return "eksform-" + cluster + "-cluster/" + part;
  }

  private static ObjectNode tags(Map<String, String> tags) {
    ObjectNode out = Json.object();
    new TreeMap<>(tags).forEach(out::put);
    return out;
  }
}

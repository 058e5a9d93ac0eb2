package io.eksform.engine.live;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsErrors;
import io.eksform.engine.desired.ManagedNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.VpcAttributeName;

/**
 * Reads the network eksform or eksctl made for a cluster: every VPC, subnet, internet gateway,
 * elastic IP, NAT gateway, route table and security group tagged for it (eksform's {@code
 * eksform.io/cluster} or eksctl's {@code alpha.eksctl.io/cluster-name}), the region's zones when
 * asked, and the network interfaces in those VPCs that neither the cluster nor that network owns.
 */
public final class OwnedNetworkReader {
  private final AwsClients aws;

  public OwnedNetworkReader(AwsClients aws) {
    this.aws = aws;
  }

  /** The cluster's network, with the region's zones when {@code withZones}. */
  public LiveNetwork read(String cluster, boolean withZones) {
    Ec2Client ec2 = aws.ec2();
    Map<String, LiveNetworkObject> found = new LinkedHashMap<>();
    for (String key : List.of(ManagedNames.TAG_CLUSTER, ManagedNames.EKSCTL_CLUSTER_TAG)) {
      Filter owned = Filter.builder().name("tag:" + key).values(cluster).build();
      call("ec2:DescribeVpcs", () -> ec2.describeVpcsPaginator(r -> r.filters(owned)).vpcs())
          .forEach(
              v ->
                  put(
                      found,
                      "vpc",
                      v.vpcId(),
                      v.vpcId(),
                      v.tags(),
                      Map.of(
                          "cidr",
                          v.cidrBlock(),
                          "enable_dns_support",
                          dns(v.vpcId(), VpcAttributeName.ENABLE_DNS_SUPPORT),
                          "enable_dns_hostnames",
                          dns(v.vpcId(), VpcAttributeName.ENABLE_DNS_HOSTNAMES))));
      call(
              "ec2:DescribeSubnets",
              () -> ec2.describeSubnetsPaginator(r -> r.filters(owned)).subnets())
          .forEach(
              s ->
                  put(
                      found,
                      "subnet",
                      s.subnetId(),
                      s.vpcId(),
                      s.tags(),
                      Map.of(
                          "cidr", s.cidrBlock(),
                          "zone", s.availabilityZone(),
                          "map_public_ip_on_launch",
                              String.valueOf(Boolean.TRUE.equals(s.mapPublicIpOnLaunch())))));
      call(
              "ec2:DescribeInternetGateways",
              () -> ec2.describeInternetGatewaysPaginator(r -> r.filters(owned)).internetGateways())
          .forEach(
              g -> {
                String vpc = g.attachments().stream().map(a -> a.vpcId()).findFirst().orElse("");
                put(found, "internet_gateway", g.internetGatewayId(), vpc, g.tags(), Map.of());
              });
      call("ec2:DescribeAddresses", () -> ec2.describeAddresses(r -> r.filters(owned)).addresses())
          .forEach(
              a ->
                  put(
                      found,
                      "elastic_ip",
                      a.allocationId(),
                      "",
                      a.tags(),
                      Map.of(
                          "public_ip", text(a.publicIp()),
                          "association", text(a.associationId()))));
      call(
              "ec2:DescribeNatGateways",
              () -> ec2.describeNatGatewaysPaginator(r -> r.filter(owned)).natGateways())
          .stream()
          .filter(n -> !"deleted".equals(n.stateAsString()))
          .forEach(
              n ->
                  put(
                      found,
                      "nat_gateway",
                      n.natGatewayId(),
                      n.vpcId(),
                      n.tags(),
                      Map.of(
                          "subnet", n.subnetId(),
                          "state", text(n.stateAsString()),
                          "allocation",
                              n.natGatewayAddresses().stream()
                                  .map(x -> text(x.allocationId()))
                                  .findFirst()
                                  .orElse(""))));
      call(
              "ec2:DescribeRouteTables",
              () -> ec2.describeRouteTablesPaginator(r -> r.filters(owned)).routeTables())
          .forEach(
              t -> {
                Set<String> routes = new TreeSet<>();
                t.routes().stream()
                    .filter(x -> x.destinationCidrBlock() != null)
                    .filter(x -> !"local".equals(x.gatewayId()))
                    .forEach(
                        x ->
                            routes.add(
                                x.destinationCidrBlock()
                                    + ">"
                                    + (x.natGatewayId() != null
                                        ? x.natGatewayId()
                                        : text(x.gatewayId()))));
                Set<String> associations = new TreeSet<>();
                t.associations().stream()
                    .filter(x -> x.subnetId() != null)
                    .forEach(
                        x -> associations.add(x.subnetId() + "=" + x.routeTableAssociationId()));
                put(
                    found,
                    "route_table",
                    t.routeTableId(),
                    t.vpcId(),
                    t.tags(),
                    Map.of(
                        "routes", String.join(",", routes),
                        "associations", String.join(",", associations)));
              });
      call(
              "ec2:DescribeSecurityGroups",
              () -> ec2.describeSecurityGroupsPaginator(r -> r.filters(owned)).securityGroups())
          .forEach(
              g ->
                  put(
                      found,
                      "security_group",
                      g.groupId(),
                      g.vpcId(),
                      g.tags(),
                      Map.of(
                          "name", g.groupName(),
                          "ingress", rules(g.ipPermissions()),
                          "egress", rules(g.ipPermissionsEgress()))));
    }
    List<LiveZone> zones = withZones ? zones() : List.of();
    List<LiveNetworkObject> objects = new ArrayList<>(found.values());
    return new LiveNetwork(zones, objects, strangers(cluster, objects));
  }

  /** One of the VPC's DNS settings, {@code true} or {@code false}. */
  private String dns(String vpc, VpcAttributeName attribute) {
    return AwsErrors.call(
        "ec2:DescribeVpcAttribute",
        aws.target(),
        () -> {
          var reply = aws.ec2().describeVpcAttribute(r -> r.vpcId(vpc).attribute(attribute));
          var value =
              attribute == VpcAttributeName.ENABLE_DNS_SUPPORT
                  ? reply.enableDnsSupport()
                  : reply.enableDnsHostnames();
          return String.valueOf(value != null && Boolean.TRUE.equals(value.value()));
        });
  }

  /** The region's available zones, sorted by name. */
  private List<LiveZone> zones() {
    Filter available = Filter.builder().name("state").values("available").build();
    return call(
            "ec2:DescribeAvailabilityZones",
            () ->
                aws.ec2().describeAvailabilityZones(r -> r.filters(available)).availabilityZones())
        .stream()
        .map(z -> new LiveZone(z.zoneName(), text(z.zoneId())))
        .sorted(java.util.Comparator.comparing(LiveZone::name))
        .toList();
  }

  /**
   * What is in the network's VPCs that neither eksform nor eksctl made for the cluster: the network
   * interfaces that the network, the cluster's control plane and its node groups do not own (each
   * keeps its subnet, and so the VPC, from being deleted), and the subnets that carry neither's tag
   * (each keeps the VPC).
   */
  private List<LiveNetworkObject> strangers(String cluster, List<LiveNetworkObject> objects) {
    List<String> vpcs =
        objects.stream().filter(o -> o.type().equals("vpc")).map(LiveNetworkObject::id).toList();
    if (vpcs.isEmpty()) {
      return List.of();
    }
    Filter inVpcs = Filter.builder().name("vpc-id").values(vpcs).build();
    List<LiveNetworkObject> out = new ArrayList<>();
    call(
            "ec2:DescribeNetworkInterfaces",
            () -> aws.ec2().describeNetworkInterfaces(r -> r.filters(inVpcs)).networkInterfaces())
        .forEach(
            eni -> {
              String description = text(eni.description());
              String requester = text(eni.requesterId());
              boolean ours =
                  "nat_gateway".equals(eni.interfaceTypeAsString())
                      || description.equals("Amazon EKS " + cluster)
                      || requester.endsWith(":autoscaling");
              if (!ours) {
                Map<String, String> facts = new HashMap<>();
                facts.put("subnet", text(eni.subnetId()));
                facts.put("description", description);
                out.add(
                    new LiveNetworkObject(
                        "network_interface",
                        eni.networkInterfaceId(),
                        text(eni.vpcId()),
                        tags(eni.tagSet()),
                        new TreeMap<>(facts)));
              }
            });
    Set<String> known =
        objects.stream().map(LiveNetworkObject::id).collect(java.util.stream.Collectors.toSet());
    call(
            "ec2:DescribeSubnets",
            () -> aws.ec2().describeSubnetsPaginator(r -> r.filters(inVpcs)).subnets())
        .forEach(
            subnet -> {
              if (!known.contains(subnet.subnetId())) {
                out.add(
                    new LiveNetworkObject(
                        "subnet",
                        subnet.subnetId(),
                        text(subnet.vpcId()),
                        tags(subnet.tags()),
                        new TreeMap<>(Map.of("subnet", subnet.subnetId()))));
              }
            });
    return out;
  }

  private static String rules(List<IpPermission> permissions) {
    Set<String> out = new TreeSet<>();
    for (IpPermission p : permissions) {
      // All traffic has no ports; EC2 reports none, or the whole range.
      String ports = "-1".equals(p.ipProtocol()) ? "all" : p.fromPort() + "-" + p.toPort();
      p.userIdGroupPairs().forEach(g -> out.add(p.ipProtocol() + ":" + ports + ":" + g.groupId()));
      p.ipRanges().forEach(c -> out.add(p.ipProtocol() + ":" + ports + ":" + c.cidrIp()));
    }
    return String.join(",", out);
  }

  private static void put(
      Map<String, LiveNetworkObject> found,
      String type,
      String id,
      String vpc,
      List<Tag> tags,
      Map<String, String> facts) {
    found.putIfAbsent(
        id, new LiveNetworkObject(type, id, text(vpc), tags(tags), new TreeMap<>(facts)));
  }

  private static Map<String, String> tags(List<Tag> tags) {
    Map<String, String> out = new TreeMap<>();
    tags.forEach(t -> out.put(t.key(), t.value()));
    return out;
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  private <T> List<T> call(String operation, Supplier<Iterable<T>> read) {
    return AwsErrors.call(
        operation,
        aws.target(),
        () -> {
          List<T> out = new ArrayList<>();
          read.get().forEach(out::add);
          return out;
        });
  }
}

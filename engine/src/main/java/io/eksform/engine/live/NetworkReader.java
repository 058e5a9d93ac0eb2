package io.eksform.engine.live;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsErrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.Subnet;

/**
 * Reads the subnets of the cluster's VPC and judges each private or public the way EKS does for
 * Fargate: by its effective route table (its explicit association, else the VPC's main table),
 * public when that table has an active route to an internet gateway.
 */
final class NetworkReader {
  private final AwsClients aws;

  NetworkReader(AwsClients aws) {
    this.aws = aws;
  }

  /**
   * The subnets of {@code vpcId}; when the cluster's description leaves the VPC out (some AWS
   * emulators do), the VPC is found from the cluster's own subnets.
   */
  List<LiveSubnet> subnets(String vpcId, List<String> clusterSubnets) {
    if (vpcId.isEmpty() && !clusterSubnets.isEmpty()) {
      vpcId =
          AwsErrors.call(
              "ec2:DescribeSubnets",
              aws.target(),
              () ->
                  aws.ec2().describeSubnets(r -> r.subnetIds(clusterSubnets)).subnets().stream()
                      .map(Subnet::vpcId)
                      .findFirst()
                      .orElse(""));
    }
    if (vpcId.isEmpty()) {
      return List.of();
    }
    String vpcOfCluster = vpcId;
    Filter vpc = Filter.builder().name("vpc-id").values(vpcOfCluster).build();
    List<Subnet> subnets = new ArrayList<>();
    AwsErrors.call(
        "ec2:DescribeSubnets",
        aws.target(),
        () -> {
          aws.ec2().describeSubnetsPaginator(r -> r.filters(vpc)).subnets().forEach(subnets::add);
          return null;
        });
    List<RouteTable> tables = new ArrayList<>();
    AwsErrors.call(
        "ec2:DescribeRouteTables",
        aws.target(),
        () -> {
          aws.ec2()
              .describeRouteTablesPaginator(r -> r.filters(vpc))
              .routeTables()
              .forEach(tables::add);
          return null;
        });
    Map<String, RouteTable> explicit = new HashMap<>();
    Optional<RouteTable> main = Optional.empty();
    for (RouteTable t : tables) {
      for (var a : t.associations()) {
        if (Boolean.TRUE.equals(a.main())) {
          main = Optional.of(t);
        } else if (a.subnetId() != null) {
          explicit.put(a.subnetId(), t);
        }
      }
    }
    List<LiveSubnet> out = new ArrayList<>();
    for (Subnet s : subnets) {
      RouteTable effective = explicit.getOrDefault(s.subnetId(), main.orElse(null));
      out.add(
          new LiveSubnet(
              s.subnetId(),
              s.vpcId(),
              s.availabilityZone(),
              s.cidrBlock(),
              effective == null || !routesToInternetGateway(effective)));
    }
    out.sort(java.util.Comparator.comparing(LiveSubnet::id));
    return out;
  }

  static boolean routesToInternetGateway(RouteTable table) {
    return table.routes().stream()
        .anyMatch(
            r ->
                r.gatewayId() != null
                    && r.gatewayId().startsWith("igw-")
                    && !"blackhole".equals(r.stateAsString()));
  }
}

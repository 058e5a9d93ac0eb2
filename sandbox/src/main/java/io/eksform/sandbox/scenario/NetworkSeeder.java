package io.eksform.sandbox.scenario;

import static io.eksform.sandbox.scenario.Specs.list;
import static io.eksform.sandbox.scenario.Specs.map;

import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Address;
import io.eksform.sandbox.state.Ids;
import io.eksform.sandbox.state.InternetGateway;
import io.eksform.sandbox.state.NatGateway;
import io.eksform.sandbox.state.Network;
import io.eksform.sandbox.state.Route;
import io.eksform.sandbox.state.RouteTable;
import io.eksform.sandbox.state.SecurityGroup;
import io.eksform.sandbox.state.Subnet;
import io.eksform.sandbox.state.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seeds VPCs (the default security group, subnets, the main, public and private route tables,
 * internet gateways, NAT gateways with their elastic IPs) and security groups. Ids not written are
 * derived from names, so a scenario seeds the same ids each time.
 */
final class NetworkSeeder {
  private NetworkSeeder() {}

  static void vpc(Account account, ScenarioSpec.VpcSpec spec, String defaultRegion, long now) {
    String region = spec.region() == null ? defaultRegion : spec.region();
    String vpcId = spec.id() == null ? Ids.derived("vpc", spec.cidr()) : spec.id();
    account.vpcs().put(vpcId, new Vpc(region, vpcId, spec.cidr(), false, map(spec.tags())));
    Route local = new Route(spec.cidr(), "local", null, "CreateRouteTable");
    String mainId = Ids.derived("rtb", vpcId + "/main");
    account
        .routeTables()
        .put(
            mainId,
            new RouteTable(
                region,
                mainId,
                vpcId,
                List.of(local),
                List.of(
                    new RouteTable.Association(
                        Ids.derived("rtbassoc", vpcId + "/main"), null, true)),
                Map.of()));
    String defaultGroup = Ids.derived("sg", vpcId + "/default");
    account
        .securityGroups()
        .put(
            defaultGroup,
            new SecurityGroup(
                region, defaultGroup, vpcId, "default", "default VPC security group", Map.of()));
    String igw = spec.internetGateway();
    if (igw != null) {
      account
          .internetGateways()
          .put(igw, new InternetGateway(region, igw, vpcId, map(spec.internetGatewayTags())));
    }
    List<ScenarioSpec.SubnetSpec> subnets = list(spec.subnets());
    List<String> ids = new ArrayList<>();
    for (ScenarioSpec.SubnetSpec s : subnets) {
      String id = s.id() == null ? Ids.derived("subnet", vpcId + "/" + s.cidr()) : s.id();
      ids.add(id);
      boolean mapPublic =
          s.mapPublicIpOnLaunch() == null
              ? Boolean.TRUE.equals(s.isPublic())
              : s.mapPublicIpOnLaunch();
      String zone = s.zone() == null ? region + "a" : s.zone();
      account
          .subnets()
          .put(
              id,
              new Subnet(
                  region,
                  id,
                  vpcId,
                  s.cidr(),
                  zone,
                  Network.zoneId(zone),
                  mapPublic,
                  Network.availableAddresses(s.cidr()),
                  map(s.tags()),
                  false));
    }
    String nat = null;
    for (ScenarioSpec.NatSpec n : list(spec.natGateways())) {
      nat = n.id();
      NatGateway gateway =
          new NatGateway(region, n.id(), vpcId, n.subnet(), "203.0.113.10", now, map(n.tags()));
      account.natGateways().put(n.id(), gateway);
      account
          .addresses()
          .put(
              gateway.allocationId(),
              new Address(region, gateway.allocationId(), gateway.publicIp(), Map.of()));
    }
    List<RouteTable.Association> publicAssociations = new ArrayList<>();
    for (int i = 0; i < subnets.size(); i++) {
      ScenarioSpec.SubnetSpec s = subnets.get(i);
      String id = ids.get(i);
      if (Boolean.TRUE.equals(s.isPublic())) {
        publicAssociations.add(new RouteTable.Association(Ids.derived("rtbassoc", id), id, false));
      } else {
        List<Route> routes = new ArrayList<>(List.of(local));
        if (nat != null) {
          routes.add(new Route("0.0.0.0/0", null, nat, "CreateRoute"));
        }
        String rtb = Ids.derived("rtb", id);
        Map<String, String> tags =
            s.routeTableTags() == null
                ? Map.of("Name", "private-" + (s.zone() == null ? id : s.zone()))
                : s.routeTableTags();
        account
            .routeTables()
            .put(
                rtb,
                new RouteTable(
                    region,
                    rtb,
                    vpcId,
                    routes,
                    List.of(new RouteTable.Association(Ids.derived("rtbassoc", id), id, false)),
                    tags));
      }
    }
    if (!publicAssociations.isEmpty()) {
      if (igw == null) {
        throw new IllegalArgumentException(
            "VPC " + vpcId + " has public subnets but no internetGateway in the scenario");
      }
      String rtb = Ids.derived("rtb", vpcId + "/public");
      account
          .routeTables()
          .put(
              rtb,
              new RouteTable(
                  region,
                  rtb,
                  vpcId,
                  List.of(local, new Route("0.0.0.0/0", igw, null, "CreateRoute")),
                  publicAssociations,
                  spec.publicRouteTableTags() == null
                      ? Map.of("Name", "public")
                      : spec.publicRouteTableTags()));
    }
  }

  static void securityGroup(
      Account account, ScenarioSpec.SecurityGroupSpec spec, String defaultRegion) {
    String region = spec.region() == null ? defaultRegion : spec.region();
    String vpc = Specs.required(spec.vpc(), "the vpc of security group " + spec.id());
    if (!account.vpcs().containsKey(vpc)) {
      throw new IllegalArgumentException(
          "security group " + spec.id() + " is in VPC " + vpc + ", which the scenario lacks");
    }
    String name = spec.name() == null ? spec.id() : spec.name();
    account
        .securityGroups()
        .put(
            Specs.required(spec.id(), "the id of a security group"),
            new SecurityGroup(
                region,
                spec.id(),
                vpc,
                name,
                spec.description() == null ? name : spec.description(),
                map(spec.tags())));
  }
}

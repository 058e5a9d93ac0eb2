package io.eksform.sandbox.scenario;

import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Ids;
import io.eksform.sandbox.state.InternetGateway;
import io.eksform.sandbox.state.Network;
import io.eksform.sandbox.state.Route;
import io.eksform.sandbox.state.RouteTable;
import io.eksform.sandbox.state.SecurityGroup;
import io.eksform.sandbox.state.SecurityGroupRule;
import io.eksform.sandbox.state.Subnet;
import io.eksform.sandbox.state.Vpc;
import java.util.List;
import java.util.Map;

/**
 * Seeds the default VPC AWS gives every account in a region: 172.31.0.0/16 with DNS hostnames on, a
 * public /20 subnet that is the default of each zone, an attached internet gateway the main route
 * table routes to, and the default security group.
 */
final class DefaultVpcSeeder {
  static final String CIDR = "172.31.0.0/16";

  private DefaultVpcSeeder() {}

  static void seed(Account account, String region) {
    String vpcId = Ids.derived("vpc", region + "/default");
    account.vpcs().put(vpcId, new Vpc(region, vpcId, CIDR, true, Map.of(), true, true));
    String igw = Ids.derived("igw", vpcId);
    account.internetGateways().put(igw, new InternetGateway(region, igw, vpcId, Map.of()));
    String main = Ids.derived("rtb", vpcId + "/main");
    account
        .routeTables()
        .put(
            main,
            new RouteTable(
                region,
                main,
                vpcId,
                List.of(
                    new Route(CIDR, "local", null, "CreateRouteTable"),
                    new Route("0.0.0.0/0", igw, null, "CreateRoute")),
                List.of(
                    new RouteTable.Association(
                        Ids.derived("rtbassoc", vpcId + "/main"), null, true)),
                Map.of()));
    List<String> zones = Network.zones(region);
    for (int i = 0; i < zones.size(); i++) {
      String zone = zones.get(i);
      String cidr = "172.31." + (16 * i) + ".0/20";
      String id = Ids.derived("subnet", vpcId + "/" + zone);
      account
          .subnets()
          .put(
              id,
              new Subnet(
                  region,
                  id,
                  vpcId,
                  cidr,
                  zone,
                  Network.zoneId(zone),
                  true,
                  Network.availableAddresses(cidr),
                  Map.of(),
                  true));
    }
    String group = Ids.derived("sg", vpcId + "/default");
    SecurityGroup defaultGroup =
        new SecurityGroup(region, group, vpcId, "default", "default VPC security group", Map.of());
    account
        .securityGroups()
        .put(
            group,
            defaultGroup.withRules(
                List.of(
                    new SecurityGroupRule(
                        Ids.derived("sgr", group + "/self"), "-1", null, null, null, group)),
                defaultGroup.egress()));
  }
}

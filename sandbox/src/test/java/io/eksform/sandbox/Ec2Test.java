package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.Subnet;

/** EC2 Describe and Create calls through the real EC2 client. */
class Ec2Test {
  @RegisterExtension final ScenarioSandbox env = ScenarioSandbox.realTime();

  static Filter filter(String name, String... values) {
    return Filter.builder().name(name).values(values).build();
  }

  @Test
  void eksworkshopVpcHasThreePublicAndThreePrivateSubnets() {
    List<Subnet> subnets =
        env.clients
            .ec2
            .describeSubnets(r -> r.filters(filter("vpc-id", "vpc-0e5ab3c2f1d4e6a70")))
            .subnets();
    assertEquals(6, subnets.size());
    assertEquals(3, subnets.stream().map(Subnet::availabilityZone).distinct().count());
    assertEquals("usw2-az1", subnets.get(0).availabilityZoneId());
    List<RouteTable> publicTables =
        env.clients
            .ec2
            .describeRouteTables(r -> r.filters(filter("route.gateway-id", "igw-*")))
            .routeTables();
    assertEquals(1, publicTables.size());
    assertEquals(3, publicTables.get(0).associations().size());
    RouteTable privateA =
        env.clients
            .ec2
            .describeRouteTables(
                r -> r.filters(filter("association.subnet-id", "subnet-0d44444444444444d")))
            .routeTables()
            .get(0);
    assertEquals("nat-0f1e2d3c4b5a69788", privateA.routes().get(1).natGatewayId());
    RouteTable main =
        env.clients
            .ec2
            .describeRouteTables(
                r ->
                    r.filters(
                        filter("vpc-id", "vpc-0e5ab3c2f1d4e6a70"),
                        filter("association.main", "true")))
            .routeTables()
            .get(0);
    assertTrue(main.associations().get(0).main());
    assertEquals(
        1,
        env.clients
            .ec2
            .describeInternetGateways(
                r -> r.filters(filter("attachment.vpc-id", "vpc-0e5ab3c2f1d4e6a70")))
            .internetGateways()
            .size());
    assertEquals(1, env.clients.ec2.describeNatGateways().natGateways().size());
    assertEquals("192.168.0.0/16", env.clients.ec2.describeVpcs().vpcs().get(0).cidrBlock());
  }

  @Test
  void clusterSecurityGroupsAreDescribable() {
    String clusterGroup =
        env.clients
            .eks
            .describeCluster(r -> r.name("eksworkshop-eksctl"))
            .cluster()
            .resourcesVpcConfig()
            .clusterSecurityGroupId();
    var groups =
        env.clients.ec2.describeSecurityGroups(
            r -> r.groupIds(clusterGroup, "sg-0c0ffee0c0ffee001"));
    assertEquals(2, groups.securityGroups().size());
    assertEquals("vpc-0e5ab3c2f1d4e6a70", groups.securityGroups().get(0).vpcId());
    Ec2Exception e =
        assertThrows(
            Ec2Exception.class,
            () -> env.clients.ec2.describeSecurityGroups(r -> r.groupIds("sg-zz")));
    assertEquals("InvalidGroup.NotFound", e.awsErrorDetails().errorCode());
  }

  @Test
  void tagFiltersAndIdsIntersect() {
    List<Subnet> subnets =
        env.clients
            .ec2
            .describeSubnets(
                r ->
                    r.subnetIds("subnet-0a11111111111111a", "subnet-0d44444444444444d")
                        .filters(filter("tag:kubernetes.io/role/internal-elb", "1")))
            .subnets();
    assertEquals(
        List.of("subnet-0d44444444444444d"), subnets.stream().map(Subnet::subnetId).toList());
  }

  @Test
  void unknownIdsAndFiltersAreEc2Errors() {
    Ec2Exception e =
        assertThrows(
            Ec2Exception.class,
            () -> env.clients.ec2.describeSubnets(r -> r.subnetIds("subnet-zz")));
    assertEquals("InvalidSubnetID.NotFound", e.awsErrorDetails().errorCode());
    assertEquals("The subnet ID 'subnet-zz' does not exist", e.awsErrorDetails().errorMessage());
    Ec2Exception f =
        assertThrows(
            Ec2Exception.class,
            () -> env.clients.ec2.describeSubnets(r -> r.filters(filter("bogus", "x"))));
    assertEquals("InvalidParameterValue", f.awsErrorDetails().errorCode());
    assertTrue(
        env.clients
            .ec2
            .describeSubnets(r -> r.filters(filter("subnet-id", "subnet-zz")))
            .subnets()
            .isEmpty());
  }

  @Test
  void paginatorWalksAllPages() {
    assertEquals(
        6,
        env.clients.ec2.describeSubnetsPaginator(r -> r.maxResults(5)).subnets().stream().count());
  }

  @Test
  void createCallsBuildAPrivateSubnet() {
    String vpc = env.clients.ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
    String subnet =
        env.clients
            .ec2
            .createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.1.0/24").availabilityZone("us-west-2b"))
            .subnet()
            .subnetId();
    String igw = env.clients.ec2.createInternetGateway().internetGateway().internetGatewayId();
    env.clients.ec2.attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc));
    String rtb = env.clients.ec2.createRouteTable(r -> r.vpcId(vpc)).routeTable().routeTableId();
    env.clients.ec2.createRoute(
        r -> r.routeTableId(rtb).destinationCidrBlock("0.0.0.0/0").gatewayId(igw));
    env.clients.ec2.associateRouteTable(r -> r.routeTableId(rtb).subnetId(subnet));
    env.clients.ec2.createTags(r -> r.resources(subnet).tags(t -> t.key("Name").value("pub")));
    Subnet s = env.clients.ec2.describeSubnets(r -> r.subnetIds(subnet)).subnets().get(0);
    assertEquals("pub", s.tags().get(0).value());
    assertEquals(251, s.availableIpAddressCount());
    assertFalse(
        env.clients
            .ec2
            .describeRouteTables(r -> r.filters(filter("vpc-id", vpc)))
            .routeTables()
            .isEmpty());
  }
}

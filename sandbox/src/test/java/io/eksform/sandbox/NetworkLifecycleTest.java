package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.NatGatewayState;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.VpcAttributeName;

/**
 * The EC2 network lifecycle eksctl's default network goes through, built up and taken apart with
 * the real EC2 client, with AWS's errors for every delete that comes too early.
 */
class NetworkLifecycleTest {
  @RegisterExtension final ScenarioSandbox env = ScenarioSandbox.manualClock("empty");

  static String code(Executable call) {
    return assertThrows(Ec2Exception.class, call).awsErrorDetails().errorCode();
  }

  String vpc() {
    return env.clients.ec2.createVpc(r -> r.cidrBlock("192.168.0.0/16")).vpc().vpcId();
  }

  String subnet(String vpc, String cidr, String zone) {
    return env.clients
        .ec2
        .createSubnet(r -> r.vpcId(vpc).cidrBlock(cidr).availabilityZone(zone))
        .subnet()
        .subnetId();
  }

  @Test
  void aNewVpcHasItsMainRouteTableAndDefaultSecurityGroup() {
    String vpc = vpc();
    var tables =
        env.clients
            .ec2
            .describeRouteTables(r -> r.filters(f -> f.name("vpc-id").values(vpc)))
            .routeTables();
    assertEquals(1, tables.size());
    assertTrue(tables.get(0).associations().get(0).main());
    List<SecurityGroup> groups =
        env.clients
            .ec2
            .describeSecurityGroups(r -> r.filters(f -> f.name("vpc-id").values(vpc)))
            .securityGroups();
    assertEquals(1, groups.size());
    assertEquals("default", groups.get(0).groupName());
    assertEquals(
        groups.get(0).groupId(),
        groups.get(0).ipPermissions().get(0).userIdGroupPairs().get(0).groupId());
    var acls =
        env.clients
            .ec2
            .describeNetworkAcls(r -> r.filters(f -> f.name("vpc-id").values(vpc)))
            .networkAcls();
    assertEquals(1, acls.size());
    assertTrue(acls.get(0).isDefault());
    assertEquals(4, acls.get(0).entries().size());
    assertEquals(
        "CannotDelete",
        code(() -> env.clients.ec2.deleteSecurityGroup(r -> r.groupId(groups.get(0).groupId()))));
    env.clients.ec2.deleteVpc(r -> r.vpcId(vpc));
    assertTrue(
        env.clients
            .ec2
            .describeSecurityGroups(r -> r.filters(f -> f.name("vpc-id").values(vpc)))
            .securityGroups()
            .isEmpty());
    assertTrue(
        env.clients
            .ec2
            .describeRouteTables(r -> r.filters(f -> f.name("vpc-id").values(vpc)))
            .routeTables()
            .isEmpty());
    assertEquals("InvalidVpcID.NotFound", code(() -> env.clients.ec2.deleteVpc(r -> r.vpcId(vpc))));
    assertTrue(
        env.clients
            .ec2
            .describeNetworkAcls(r -> r.filters(f -> f.name("vpc-id").values(vpc)))
            .networkAcls()
            .isEmpty());
  }

  @Test
  void dnsAttributesOneAtATime() {
    String vpc = vpc();
    assertTrue(
        env.clients
            .ec2
            .describeVpcAttribute(r -> r.vpcId(vpc).attribute(VpcAttributeName.ENABLE_DNS_SUPPORT))
            .enableDnsSupport()
            .value());
    assertFalse(
        env.clients
            .ec2
            .describeVpcAttribute(
                r -> r.vpcId(vpc).attribute(VpcAttributeName.ENABLE_DNS_HOSTNAMES))
            .enableDnsHostnames()
            .value());
    env.clients.ec2.modifyVpcAttribute(
        r -> r.vpcId(vpc).enableDnsHostnames(AttributeBooleanValue.builder().value(true).build()));
    assertTrue(
        env.clients
            .ec2
            .describeVpcAttribute(
                r -> r.vpcId(vpc).attribute(VpcAttributeName.ENABLE_DNS_HOSTNAMES))
            .enableDnsHostnames()
            .value());
    assertEquals(
        "InvalidParameterCombination",
        code(
            () ->
                env.clients.ec2.modifyVpcAttribute(
                    r ->
                        r.vpcId(vpc)
                            .enableDnsHostnames(b -> b.value(true))
                            .enableDnsSupport(b -> b.value(true)))));
    assertEquals(
        "InvalidVpcID.NotFound",
        code(
            () ->
                env.clients.ec2.modifyVpcAttribute(
                    r -> r.vpcId("vpc-0000000000000000f").enableDnsSupport(b -> b.value(true)))));
  }

  @Test
  void subnetBlocksStayInsideTheVpcAndApart() {
    String vpc = vpc();
    subnet(vpc, "192.168.0.0/19", "us-west-2a");
    assertEquals(
        "InvalidSubnet.Conflict", code(() -> subnet(vpc, "192.168.16.0/20", "us-west-2b")));
    assertEquals("InvalidSubnet.Range", code(() -> subnet(vpc, "10.0.0.0/24", "us-west-2b")));
    assertEquals("InvalidSubnet.Range", code(() -> subnet(vpc, "192.168.64.0/29", "us-west-2b")));
  }

  @Test
  void subnetAttributes() {
    String vpc = vpc();
    String subnet = subnet(vpc, "192.168.0.0/19", "us-west-2a");
    env.clients.ec2.modifySubnetAttribute(
        r -> r.subnetId(subnet).mapPublicIpOnLaunch(b -> b.value(true)));
    assertTrue(
        env.clients
            .ec2
            .describeSubnets(r -> r.subnetIds(subnet))
            .subnets()
            .get(0)
            .mapPublicIpOnLaunch());
    assertEquals(
        "InvalidParameterValue",
        code(
            () ->
                env.clients.ec2.modifySubnetAttribute(
                    r -> r.subnetId(subnet).assignIpv6AddressOnCreation(b -> b.value(true)))));
    env.clients.ec2.modifySubnetAttribute(
        r -> r.subnetId(subnet).assignIpv6AddressOnCreation(b -> b.value(false)));
    assertEquals(
        "InvalidSubnetID.NotFound",
        code(
            () ->
                env.clients.ec2.modifySubnetAttribute(
                    r ->
                        r.subnetId("subnet-0000000000000000f")
                            .mapPublicIpOnLaunch(b -> b.value(true)))));
  }

  @Test
  void natGatewayHoldsItsElasticIpAndSubnetUntilDeleted() {
    String vpc = vpc();
    String publicSubnet = subnet(vpc, "192.168.0.0/19", "us-west-2a");
    String igw = env.clients.ec2.createInternetGateway().internetGateway().internetGatewayId();
    env.clients.ec2.attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc));
    var eip = env.clients.ec2.allocateAddress(r -> r.domain("vpc"));
    assertEquals("vpc", eip.domainAsString());
    String nat =
        env.clients
            .ec2
            .createNatGateway(r -> r.subnetId(publicSubnet).allocationId(eip.allocationId()))
            .natGateway()
            .natGatewayId();
    assertEquals(NatGatewayState.PENDING, natState(nat));
    assertEquals(
        "Resource.AlreadyAssociated",
        code(
            () ->
                env.clients.ec2.createNatGateway(
                    r -> r.subnetId(publicSubnet).allocationId(eip.allocationId()))));
    env.clock.advance(Duration.ofMinutes(2));
    assertEquals(NatGatewayState.AVAILABLE, natState(nat));
    var eni =
        env.clients
            .ec2
            .describeNetworkInterfaces(
                r -> r.filters(f -> f.name("subnet-id").values(publicSubnet)))
            .networkInterfaces()
            .get(0);
    assertEquals("nat_gateway", eni.interfaceTypeAsString());
    assertEquals(eip.publicIp(), eni.association().publicIp());
    var address =
        env.clients
            .ec2
            .describeAddresses(r -> r.allocationIds(eip.allocationId()))
            .addresses()
            .get(0);
    assertEquals(eip.publicIp(), address.publicIp());
    assertTrue(address.associationId().startsWith("eipassoc-"));
    assertEquals(
        "InvalidIPAddress.InUse",
        code(() -> env.clients.ec2.releaseAddress(r -> r.allocationId(eip.allocationId()))));
    assertEquals(
        "DependencyViolation",
        code(() -> env.clients.ec2.deleteSubnet(r -> r.subnetId(publicSubnet))));
    assertEquals(
        "DependencyViolation",
        code(
            () -> env.clients.ec2.detachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc))));
    assertEquals(
        "DependencyViolation",
        code(() -> env.clients.ec2.deleteInternetGateway(r -> r.internetGatewayId(igw))));
    env.clients.ec2.deleteNatGateway(r -> r.natGatewayId(nat));
    assertEquals(NatGatewayState.DELETING, natState(nat));
    env.clock.advance(Duration.ofMinutes(1));
    assertEquals(NatGatewayState.DELETED, natState(nat));
    env.clients.ec2.releaseAddress(r -> r.allocationId(eip.allocationId()));
    env.clients.ec2.detachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc));
    assertEquals(
        "Gateway.NotAttached",
        code(
            () -> env.clients.ec2.detachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc))));
    env.clients.ec2.deleteInternetGateway(r -> r.internetGatewayId(igw));
    env.clients.ec2.deleteSubnet(r -> r.subnetId(publicSubnet));
    env.clients.ec2.deleteVpc(r -> r.vpcId(vpc));
    env.clock.advance(Duration.ofHours(1));
    assertEquals(
        "NatGatewayNotFound",
        code(() -> env.clients.ec2.describeNatGateways(r -> r.natGatewayIds(nat))));
    assertEquals(
        "InvalidAllocationID.NotFound",
        code(() -> env.clients.ec2.releaseAddress(r -> r.allocationId(eip.allocationId()))));
    assertEquals(
        "InvalidInternetGatewayID.NotFound",
        code(() -> env.clients.ec2.deleteInternetGateway(r -> r.internetGatewayId(igw))));
  }

  NatGatewayState natState(String nat) {
    return env.clients
        .ec2
        .describeNatGateways(r -> r.natGatewayIds(nat))
        .natGateways()
        .get(0)
        .state();
  }

  @Test
  void vpcWithDependenciesCannotBeDeleted() {
    String vpc = vpc();
    String subnet = subnet(vpc, "192.168.0.0/19", "us-west-2a");
    assertEquals("DependencyViolation", code(() -> env.clients.ec2.deleteVpc(r -> r.vpcId(vpc))));
    String rtb = env.clients.ec2.createRouteTable(r -> r.vpcId(vpc)).routeTable().routeTableId();
    String association =
        env.clients
            .ec2
            .associateRouteTable(r -> r.routeTableId(rtb).subnetId(subnet))
            .associationId();
    String group =
        env.clients
            .ec2
            .createSecurityGroup(r -> r.vpcId(vpc).groupName("g").description("a group"))
            .groupId();
    env.clients.ec2.deleteSubnet(r -> r.subnetId(subnet));
    assertEquals("DependencyViolation", code(() -> env.clients.ec2.deleteVpc(r -> r.vpcId(vpc))));
    assertEquals(
        "InvalidAssociationID.NotFound",
        code(() -> env.clients.ec2.disassociateRouteTable(r -> r.associationId(association))));
    env.clients.ec2.deleteRouteTable(r -> r.routeTableId(rtb));
    assertEquals("DependencyViolation", code(() -> env.clients.ec2.deleteVpc(r -> r.vpcId(vpc))));
    env.clients.ec2.deleteSecurityGroup(r -> r.groupId(group));
    env.clients.ec2.deleteVpc(r -> r.vpcId(vpc));
    assertEquals(
        List.of(true),
        env.clients.ec2.describeVpcs().vpcs().stream().map(v -> v.isDefault()).toList());
  }

  @Test
  void theEmptyAccountHasOnlyItsDefaultVpc() {
    var vpcs = env.clients.ec2.describeVpcs().vpcs();
    assertEquals(1, vpcs.size());
    assertTrue(vpcs.get(0).isDefault());
    assertEquals("172.31.0.0/16", vpcs.get(0).cidrBlock());
    String vpc = vpcs.get(0).vpcId();
    var subnets =
        env.clients
            .ec2
            .describeSubnets(r -> r.filters(f -> f.name("default-for-az").values("true")))
            .subnets();
    assertEquals(4, subnets.size());
    assertTrue(subnets.stream().allMatch(s -> s.mapPublicIpOnLaunch() && s.vpcId().equals(vpc)));
    assertTrue(
        env.clients
            .ec2
            .describeVpcAttribute(
                r -> r.vpcId(vpc).attribute(VpcAttributeName.ENABLE_DNS_HOSTNAMES))
            .enableDnsHostnames()
            .value());
    assertEquals(
        1,
        env.clients
            .ec2
            .describeRouteTables(r -> r.filters(f -> f.name("route.gateway-id").values("igw-*")))
            .routeTables()
            .size());
    assertTrue(env.clients.eks.listClusters().clusters().isEmpty());
    assertTrue(env.clients.ec2.describeNatGateways().natGateways().isEmpty());
  }

  @Test
  void routesAndAssociationsComeAndGo() {
    String vpc = vpc();
    String subnet = subnet(vpc, "192.168.0.0/19", "us-west-2a");
    String igw = env.clients.ec2.createInternetGateway().internetGateway().internetGatewayId();
    env.clients.ec2.attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc));
    String rtb = env.clients.ec2.createRouteTable(r -> r.vpcId(vpc)).routeTable().routeTableId();
    env.clients.ec2.createRoute(
        r -> r.routeTableId(rtb).destinationCidrBlock("0.0.0.0/0").gatewayId(igw));
    String association =
        env.clients
            .ec2
            .associateRouteTable(r -> r.routeTableId(rtb).subnetId(subnet))
            .associationId();
    assertEquals(
        "DependencyViolation",
        code(() -> env.clients.ec2.deleteRouteTable(r -> r.routeTableId(rtb))));
    env.clients.ec2.disassociateRouteTable(r -> r.associationId(association));
    env.clients.ec2.deleteRoute(r -> r.routeTableId(rtb).destinationCidrBlock("0.0.0.0/0"));
    assertEquals(
        "InvalidRoute.NotFound",
        code(
            () ->
                env.clients.ec2.deleteRoute(
                    r -> r.routeTableId(rtb).destinationCidrBlock("0.0.0.0/0"))));
    assertEquals(
        1,
        env.clients
            .ec2
            .describeRouteTables(r -> r.routeTableIds(rtb))
            .routeTables()
            .get(0)
            .routes()
            .size());
    env.clients.ec2.deleteRouteTable(r -> r.routeTableId(rtb));
    assertEquals(
        "InvalidRouteTableID.NotFound",
        code(() -> env.clients.ec2.deleteRouteTable(r -> r.routeTableId(rtb))));
    String main =
        env.clients
            .ec2
            .describeRouteTables(
                r -> r.filters(Filter.builder().name("vpc-id").values(vpc).build()))
            .routeTables()
            .get(0)
            .routeTableId();
    assertEquals(
        "DependencyViolation",
        code(() -> env.clients.ec2.deleteRouteTable(r -> r.routeTableId(main))));
  }

  @Test
  void securityGroupRules() {
    String vpc = vpc();
    String a =
        env.clients
            .ec2
            .createSecurityGroup(
                r ->
                    r.vpcId(vpc)
                        .groupName("a")
                        .description("a")
                        .tagSpecifications(
                            t ->
                                t.resourceType("security-group")
                                    .tags(x -> x.key("Name").value("a"))))
            .groupId();
    String b =
        env.clients
            .ec2
            .createSecurityGroup(r -> r.vpcId(vpc).groupName("b").description("b"))
            .groupId();
    assertEquals(
        "InvalidGroup.Duplicate",
        code(
            () ->
                env.clients.ec2.createSecurityGroup(
                    r -> r.vpcId(vpc).groupName("a").description("again"))));
    IpPermission https =
        IpPermission.builder()
            .ipProtocol("tcp")
            .fromPort(443)
            .toPort(443)
            .userIdGroupPairs(p -> p.groupId(b))
            .ipRanges(x -> x.cidrIp("10.0.0.0/8"))
            .build();
    var rules =
        env.clients.ec2.authorizeSecurityGroupIngress(r -> r.groupId(a).ipPermissions(https));
    assertEquals(2, rules.securityGroupRules().size());
    assertEquals(
        "InvalidPermission.Duplicate",
        code(
            () ->
                env.clients.ec2.authorizeSecurityGroupIngress(
                    r -> r.groupId(a).ipPermissions(https))));
    SecurityGroup described =
        env.clients.ec2.describeSecurityGroups(r -> r.groupIds(a)).securityGroups().get(0);
    assertEquals(443, described.ipPermissions().get(0).fromPort());
    assertEquals(b, described.ipPermissions().get(0).userIdGroupPairs().get(0).groupId());
    assertEquals("10.0.0.0/8", described.ipPermissions().get(0).ipRanges().get(0).cidrIp());
    assertEquals("0.0.0.0/0", described.ipPermissionsEgress().get(0).ipRanges().get(0).cidrIp());
    assertEquals(
        "DependencyViolation", code(() -> env.clients.ec2.deleteSecurityGroup(r -> r.groupId(b))));
    env.clients.ec2.revokeSecurityGroupIngress(r -> r.groupId(a).ipPermissions(https));
    assertEquals(
        "InvalidPermission.NotFound",
        code(
            () ->
                env.clients.ec2.revokeSecurityGroupIngress(
                    r -> r.groupId(a).ipPermissions(https))));
    IpPermission all =
        IpPermission.builder().ipProtocol("-1").ipRanges(x -> x.cidrIp("0.0.0.0/0")).build();
    env.clients.ec2.revokeSecurityGroupEgress(r -> r.groupId(a).ipPermissions(all));
    env.clients.ec2.authorizeSecurityGroupEgress(r -> r.groupId(a).ipPermissions(all));
    env.clients.ec2.deleteSecurityGroup(r -> r.groupId(b));
    env.clients.ec2.deleteSecurityGroup(r -> r.groupId(a));
    assertEquals(
        "InvalidGroup.NotFound",
        code(() -> env.clients.ec2.deleteSecurityGroup(r -> r.groupId(a))));
  }

  @Test
  void tagsAreAddedAndRemoved() {
    String vpc = vpc();
    String eip = env.clients.ec2.allocateAddress(r -> r.domain("vpc")).allocationId();
    env.clients.ec2.createTags(
        r ->
            r.resources(vpc, eip)
                .tags(t -> t.key("Name").value("n"), t -> t.key("team").value("x")));
    env.clients.ec2.deleteTags(r -> r.resources(vpc).tags(t -> t.key("team").value("other")));
    assertEquals(2, env.clients.ec2.describeVpcs(r -> r.vpcIds(vpc)).vpcs().get(0).tags().size());
    env.clients.ec2.deleteTags(r -> r.resources(vpc, eip).tags(t -> t.key("team")));
    assertEquals(1, env.clients.ec2.describeVpcs(r -> r.vpcIds(vpc)).vpcs().get(0).tags().size());
    assertEquals(
        List.of("Name"),
        env
            .clients
            .ec2
            .describeAddresses(r -> r.allocationIds(eip))
            .addresses()
            .get(0)
            .tags()
            .stream()
            .map(t -> t.key())
            .toList());
    env.clients.ec2.deleteTags(r -> r.resources(vpc));
    assertTrue(env.clients.ec2.describeVpcs(r -> r.vpcIds(vpc)).vpcs().get(0).tags().isEmpty());
    assertEquals(
        "InvalidID",
        code(() -> env.clients.ec2.deleteTags(r -> r.resources("vpc-0000000000000000f"))));
  }

  @Test
  void availabilityZonesOfTheRegion() {
    var zones = env.clients.ec2.describeAvailabilityZones().availabilityZones();
    assertEquals(4, zones.size());
    assertEquals("us-west-2a", zones.get(0).zoneName());
    assertEquals("usw2-az1", zones.get(0).zoneId());
    assertEquals(
        1,
        env.clients
            .ec2
            .describeAvailabilityZones(
                r -> r.filters(f -> f.name("zone-name").values("us-west-2b")))
            .availabilityZones()
            .size());
  }
}

package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.NatGatewayState;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.eks.model.SupportType;

/** What the network and cluster lifecycles keep survives a restart from the state file. */
class LifecycleStateFileTest {
  @Test
  void networkPiecesAndClusterSettingsAreKept(@TempDir Path dir) {
    ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    SandboxOptions options =
        SandboxOptions.defaults()
            .withScenario("empty")
            .withStateFile(dir.resolve("state.json"))
            .withTimeScale(1)
            .withClock(clock);
    String vpc;
    String nat;
    String group;
    try (Sandbox first = Sandbox.start(options);
        Clients c = new Clients(first.endpoint())) {
      c.iam.createRole(
          r ->
              r.roleName("eks-service")
                  .assumeRolePolicyDocument(
                      "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                          + "\"eks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"));
      vpc = c.ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
      c.ec2.modifyVpcAttribute(r -> r.vpcId(vpc).enableDnsHostnames(b -> b.value(true)));
      String a =
          c.ec2
              .createSubnet(
                  r -> r.vpcId(vpc).cidrBlock("10.0.0.0/24").availabilityZone("us-west-2a"))
              .subnet()
              .subnetId();
      String b =
          c.ec2
              .createSubnet(
                  r -> r.vpcId(vpc).cidrBlock("10.0.1.0/24").availabilityZone("us-west-2b"))
              .subnet()
              .subnetId();
      String eip = c.ec2.allocateAddress(r -> r.domain("vpc")).allocationId();
      nat =
          c.ec2.createNatGateway(r -> r.subnetId(a).allocationId(eip)).natGateway().natGatewayId();
      group =
          c.ec2.createSecurityGroup(r -> r.vpcId(vpc).groupName("g").description("g")).groupId();
      c.ec2.authorizeSecurityGroupIngress(
          r ->
              r.groupId(group)
                  .ipPermissions(
                      p ->
                          p.ipProtocol("tcp")
                              .fromPort(22)
                              .toPort(22)
                              .ipRanges(x -> x.cidrIp("10.0.0.0/8"))));
      c.eks.createCluster(
          r ->
              r.name("kept")
                  .roleArn("arn:aws:iam::123456789012:role/eks-service")
                  .resourcesVpcConfig(v -> v.subnetIds(a, b))
                  .upgradePolicy(u -> u.supportType(SupportType.EXTENDED)));
    }
    try (Sandbox second = Sandbox.start(options);
        Clients c = new Clients(second.endpoint())) {
      assertEquals(
          true,
          c.ec2
              .describeVpcAttribute(r -> r.vpcId(vpc).attribute("enableDnsHostnames"))
              .enableDnsHostnames()
              .value());
      assertEquals(
          NatGatewayState.PENDING,
          c.ec2.describeNatGateways(r -> r.natGatewayIds(nat)).natGateways().get(0).state());
      assertEquals(
          22,
          c.ec2
              .describeSecurityGroups(r -> r.groupIds(group))
              .securityGroups()
              .get(0)
              .ipPermissions()
              .get(0)
              .fromPort());
      assertEquals(1, c.ec2.describeAddresses().addresses().size());
      Cluster kept = c.eks.describeCluster(r -> r.name("kept")).cluster();
      assertEquals(SupportType.EXTENDED, kept.upgradePolicy().supportType());
      assertFalse(kept.hasEncryptionConfig());
      assertFalse(c.eks.listAccessEntries(r -> r.clusterName("kept")).accessEntries().isEmpty());
    }
  }
}

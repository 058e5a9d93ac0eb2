package io.eksform.engine.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.engine.desired.ClusterSpec;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eks.model.FargateProfileSelector;

/**
 * The live reader against moto, a third-party AWS emulator, where the machine has it: the same
 * reads as against the sandbox give the cluster, its Fargate profile and node group, and subnets
 * judged public or private by their route tables.
 */
class MotoLiveReadTest {
  @Test
  void readsAClusterSeededInMoto() throws Exception {
    Optional<MotoServer> moto = MotoServer.start();
    assumeTrue(moto.isPresent(), "moto is not installed here (python3 -m moto.server): skipped");
    try (MotoServer server = moto.get();
        AwsClients aws =
            new AwsClients(new AwsTarget("us-west-2", Optional.of(server.endpoint), true))) {
      var ec2 = aws.ec2();
      String vpc = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
      String publicSubnet =
          ec2.createSubnet(
                  r -> r.vpcId(vpc).cidrBlock("10.0.1.0/24").availabilityZone("us-west-2a"))
              .subnet()
              .subnetId();
      String privateSubnet =
          ec2.createSubnet(
                  r -> r.vpcId(vpc).cidrBlock("10.0.2.0/24").availabilityZone("us-west-2b"))
              .subnet()
              .subnetId();
      String igw = ec2.createInternetGateway().internetGateway().internetGatewayId();
      ec2.attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc));
      String table = ec2.createRouteTable(r -> r.vpcId(vpc)).routeTable().routeTableId();
      ec2.createRoute(r -> r.routeTableId(table).destinationCidrBlock("0.0.0.0/0").gatewayId(igw));
      ec2.associateRouteTable(r -> r.routeTableId(table).subnetId(publicSubnet));
      aws.eks()
          .createCluster(
              r ->
                  r.name("c1")
                      .roleArn("arn:aws:iam::123456789012:role/eks")
                      .resourcesVpcConfig(v -> v.subnetIds(publicSubnet, privateSubnet)));
      aws.eks()
          .createFargateProfile(
              r ->
                  r.clusterName("c1")
                      .fargateProfileName("apps")
                      .podExecutionRoleArn("arn:aws:iam::123456789012:role/pods")
                      .subnets(privateSubnet)
                      .selectors(FargateProfileSelector.builder().namespace("apps").build()));
      aws.eks()
          .createNodegroup(
              r ->
                  r.clusterName("c1")
                      .nodegroupName("ng")
                      .nodeRole("arn:aws:iam::123456789012:role/nodes")
                      .subnets(privateSubnet)
                      .scalingConfig(s -> s.minSize(1).maxSize(2).desiredSize(1)));

      ClusterSpec desired = ClusterSpec.named("c1", "us-west-2");
      LiveState live = new LiveReader(aws, 8).read(desired);

      assertEquals("c1", live.cluster().name());
      assertEquals("apps", live.fargateProfiles().get(0).selectors().get(0).namespace());
      // moto does not echo a profile's subnets back (EKS does); only the selectors are compared.
      assertEquals("ng", live.nodeGroups().get(0).name());
      assertEquals(List.of(privateSubnet), live.privateClusterSubnets());
      assertFalse(
          live.subnets().stream()
              .filter(s -> s.id().equals(publicSubnet))
              .findFirst()
              .orElseThrow()
              .isPrivate());
      assertTrue(live.fingerprints().containsKey("eks:cluster/c1"));
    }
  }
}

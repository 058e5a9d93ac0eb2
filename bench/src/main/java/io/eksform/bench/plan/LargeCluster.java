package io.eksform.bench.plan;

import io.eksform.engine.desired.AddonSpec;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.FargateProfileSpec;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.desired.ServiceAccountSpec;
import io.eksform.engine.plan.TrustPolicies;
import io.eksform.sandbox.Sandbox;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.FargateProfileSelector;
import software.amazon.awssdk.services.eks.model.ResourceInUseException;
import software.amazon.awssdk.services.iam.IamClient;

/** Seeds the sandbox with the objects of a large desired cluster through the AWS SDK. */
final class LargeCluster {
  private LargeCluster() {}

  static void populate(Sandbox sandbox, ClusterSpec desired) throws InterruptedException {
    var creds =
        StaticCredentialsProvider.create(
            AwsBasicCredentials.create(
                io.eksform.sandbox.http.SandboxKeys.ACCESS_KEY_ID,
                io.eksform.sandbox.http.SandboxKeys.SECRET_ACCESS_KEY));
    try (EksClient eks =
            EksClient.builder()
                .endpointOverride(sandbox.endpoint())
                .region(Region.US_WEST_2)
                .credentialsProvider(creds)
                .build();
        IamClient iam =
            IamClient.builder()
                .endpointOverride(sandbox.endpoint())
                .region(Region.AWS_GLOBAL)
                .credentialsProvider(creds)
                .build();
        Ec2Client ec2 =
            Ec2Client.builder()
                .endpointOverride(sandbox.endpoint())
                .region(Region.US_WEST_2)
                .credentialsProvider(creds)
                .build()) {
      String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[]}";
      String podRole =
          iam.createRole(
                  r ->
                      r.roleName(ManagedNames.podExecutionRole(desired.name()))
                          .path(ManagedNames.ROLE_PATH)
                          .assumeRolePolicyDocument(
                              TrustPolicies.podExecution(
                                      sandbox.accountId(), "us-west-2", desired.name())
                                  .toString()))
              .role()
              .arn();
      String nodeRole =
          iam.createRole(
                  r ->
                      r.roleName(ManagedNames.nodeRole(desired.name()))
                          .path(ManagedNames.ROLE_PATH)
                          .assumeRolePolicyDocument(TrustPolicies.node().toString()))
              .role()
              .arn();
      for (ServiceAccountSpec sa : desired.serviceAccounts()) {
        String name = LiveReadBenchmark.roleName(sa);
        iam.createRole(
            r -> r.roleName(name).path(ManagedNames.ROLE_PATH).assumeRolePolicyDocument(trust));
        sa.attachPolicyArns()
            .forEach(p -> iam.attachRolePolicy(r -> r.roleName(name).policyArn(p)));
      }
      var cluster = eks.describeCluster(r -> r.name(desired.name())).cluster();
      var privateSubnets =
          ec2
              .describeSubnets(r -> r.subnetIds(cluster.resourcesVpcConfig().subnetIds()))
              .subnets()
              .stream()
              .filter(s -> !Boolean.TRUE.equals(s.mapPublicIpOnLaunch()))
              .map(s -> s.subnetId())
              .toList();
      for (FargateProfileSpec fp : desired.fargateProfiles()) {
        while (true) {
          try {
            eks.createFargateProfile(
                r ->
                    r.clusterName(desired.name())
                        .fargateProfileName(fp.name())
                        .podExecutionRoleArn(podRole)
                        .selectors(
                            fp.selectors().stream()
                                .map(
                                    s ->
                                        FargateProfileSelector.builder()
                                            .namespace(s.namespace())
                                            .labels(s.labels())
                                            .build())
                                .toList()));
            break;
          } catch (ResourceInUseException busy) {
            Thread.sleep(20);
          }
        }
      }
      for (NodeGroupSpec ng : desired.managedNodeGroups()) {
        eks.createNodegroup(
            r ->
                r.clusterName(desired.name())
                    .nodegroupName(ng.name())
                    .nodeRole(nodeRole)
                    .subnets(
                        privateSubnets.isEmpty()
                            ? cluster.resourcesVpcConfig().subnetIds()
                            : privateSubnets)
                    .instanceTypes(ng.instanceTypes())
                    .scalingConfig(s -> s.minSize(1).maxSize(3).desiredSize(2)));
      }
      for (AddonSpec a : desired.addons()) {
        eks.createAddon(r -> r.clusterName(desired.name()).addonName(a.name()));
      }
    }
  }
}

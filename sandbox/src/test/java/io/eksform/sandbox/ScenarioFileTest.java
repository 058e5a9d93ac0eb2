package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.eks.model.ClusterStatus;
import software.amazon.awssdk.services.eks.model.FargateProfileSelector;
import software.amazon.awssdk.services.eks.model.InvalidParameterException;

/** Users and tests write their own scenarios in YAML. */
class ScenarioFileTest {
  static final String SCENARIO =
      """
      account: "210987654321"
      region: eu-west-1
      vpcs:
        - id: vpc-0123
          cidr: 10.1.0.0/16
          internetGateway: igw-0123
          natGateways: [{id: nat-0123, subnet: subnet-pub}]
          subnets:
            - {id: subnet-pub, cidr: 10.1.0.0/24, zone: eu-west-1a, public: true}
            - {id: subnet-priv-a, cidr: 10.1.1.0/24, zone: eu-west-1a}
            - {id: subnet-priv-b, cidr: 10.1.2.0/24, zone: eu-west-1b}
      clusters:
        - name: demo
          version: "1.31"
          vpc: vpc-0123
      roles:
        - name: pods
          trustPolicy:
            Version: "2012-10-17"
            Statement:
              - {Effect: Allow, Principal: {Service: eks-fargate-pods.amazonaws.com}, Action: sts:AssumeRole}
          policies: [arn:aws:iam::aws:policy/AmazonEKSFargatePodExecutionRolePolicy]
      oidcProviders:
        - url: https://oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF
          clientIds: [sts.amazonaws.com]
      """;

  @Test
  void theSandboxRegionIsTheScenariosFirstClustersAlsoAfterARestart(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("two.yaml");
    Files.writeString(
        file,
        """
        clusters:
          - {name: west, region: us-west-2}
          - {name: east, region: eu-west-1}
        """);
    Path state = dir.resolve("state.json");
    SandboxOptions options =
        SandboxOptions.defaults().withScenario(file.toString()).withStateFile(state);
    for (int run = 1; run <= 2; run++) {
      try (Sandbox sandbox = Sandbox.start(options)) {
        assertEquals("us-west-2", sandbox.region(), "run " + run);
        assertEquals("us-west-2", sandbox.environment().get("AWS_REGION"), "run " + run);
      }
      assertTrue(Files.isRegularFile(state), "the second run starts from the state file");
    }
  }

  @Test
  void scenarioFileSeedsTheAccount(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("demo.yaml");
    Files.writeString(file, SCENARIO);
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withScenario(file.toString()));
        Clients clients = new Clients(sandbox.endpoint())) {
      assertEquals("210987654321", sandbox.accountId());
      assertEquals("eu-west-1", sandbox.region());
      var eks =
          software.amazon.awssdk.services.eks.EksClient.builder()
              .endpointOverride(sandbox.endpoint())
              .region(software.amazon.awssdk.regions.Region.EU_WEST_1)
              .credentialsProvider(
                  software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                      software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("a", "b")))
              .build();
      assertEquals(
          ClusterStatus.ACTIVE, eks.describeCluster(r -> r.name("demo")).cluster().status());
      assertTrue(clients.eks.listClusters().clusters().isEmpty(), "clusters are regional");
      InvalidParameterException e =
          assertThrows(
              InvalidParameterException.class,
              () ->
                  eks.createFargateProfile(
                      r ->
                          r.clusterName("demo")
                              .fargateProfileName("fp")
                              .podExecutionRoleArn("arn:aws:iam::210987654321:role/pods")
                              .subnets("subnet-pub")
                              .selectors(FargateProfileSelector.builder().namespace("a").build())));
      assertTrue(e.awsErrorDetails().errorMessage().contains("not a private subnet"));
      assertEquals(
          1,
          clients.iam.listAttachedRolePolicies(r -> r.roleName("pods")).attachedPolicies().size());
      assertEquals(1, clients.iam.listOpenIDConnectProviders().openIDConnectProviderList().size());
      eks.close();
    }
  }

  @Test
  void scenariosSeedTheSameIdsEveryTime() {
    List<String> first = routeTablesAndGroups();
    assertEquals(first, routeTablesAndGroups());
    assertEquals(7, first.size());
  }

  static List<String> routeTablesAndGroups() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop"));
        Clients clients = new Clients(sandbox.endpoint())) {
      List<String> ids = new ArrayList<>();
      clients.ec2.describeRouteTables().routeTables().forEach(t -> ids.add(t.routeTableId()));
      clients.ec2.describeSecurityGroups().securityGroups().forEach(g -> ids.add(g.groupId()));
      return ids;
    }
  }

  @Test
  void unknownScenarioAndBadFilesSayWhatToDo(@TempDir Path dir) throws Exception {
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> Sandbox.start(SandboxOptions.defaults().withScenario("nope")));
    assertTrue(unknown.getMessage().contains("use one of [empty, eksworkshop]"));
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "clusterz: []\n");
    IllegalArgumentException invalid =
        assertThrows(
            IllegalArgumentException.class,
            () -> Sandbox.start(SandboxOptions.defaults().withScenario(bad.toString())));
    assertTrue(invalid.getMessage().contains("is not valid"), invalid.getMessage());
  }
}

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
                      software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(
                          io.eksform.sandbox.http.SandboxKeys.ACCESS_KEY_ID,
                          io.eksform.sandbox.http.SandboxKeys.SECRET_ACCESS_KEY)))
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

  static final String WORKLOADS =
      """
      vpcs:
        - id: vpc-0123
          cidr: 10.1.0.0/16
          internetGateway: igw-0123
          internetGatewayTags: {Name: demo-igw}
          publicRouteTableTags: {Name: demo-public}
          natGateways: [{id: nat-0123, subnet: subnet-pub, tags: {Name: demo-nat}}]
          subnets:
            - {id: subnet-pub, cidr: 10.1.0.0/24, zone: us-west-2a, public: true}
            - {id: subnet-priv-a, cidr: 10.1.1.0/24, zone: us-west-2a, routeTableTags: {Name: demo-a}}
            - {id: subnet-priv-b, cidr: 10.1.2.0/24, zone: us-west-2b}
      securityGroups:
        - {id: sg-0123, vpc: vpc-0123, name: demo-nodes, description: nodes, tags: {team: a}}
      launchTemplates:
        - name: demo-nodes
          tags: {team: a}
          defaultVersion: 2
          versions:
            - data: {InstanceType: m5.large}
            - description: bigger disk
              data:
                BlockDeviceMappings: [{DeviceName: /dev/xvda, Ebs: {VolumeSize: 100, VolumeType: gp3}}]
                SecurityGroupIds: [sg-0123]
      clusters:
        - name: demo
          version: "1.33"
          vpc: vpc-0123
          fargateProfiles:
            - name: fp
              podExecutionRoleArn: arn:aws:iam::123456789012:role/pods
              selectors: [{namespace: apps, labels: {tier: web}}]
              tags: {team: a}
          nodegroups:
            - name: ng
              nodeRole: arn:aws:iam::123456789012:role/nodes
              subnets: [subnet-priv-a, subnet-priv-b]
              instanceTypes: [c5.large]
              capacityType: SPOT
              scaling: {minSize: 1, maxSize: 4, desiredSize: 3}
              labels: {role: app}
              taints: [{key: dedicated, value: app, effect: NO_SCHEDULE}]
              tags: {team: a}
              launchTemplate: {name: demo-nodes}
          addons:
            - {name: vpc-cni, version: v1.19.5-eksbuild.1, serviceAccountRoleArn: "arn:aws:iam::123456789012:role/cni", tags: {team: a}}
          kubernetes:
            namespaces: [{name: apps, labels: {team: a}}]
            serviceAccounts:
              - namespace: apps
                name: web
                labels: {app.kubernetes.io/managed-by: eksctl}
                annotations: {eks.amazonaws.com/role-arn: "arn:aws:iam::123456789012:role/web"}
      oidcProviders:
        - {url: "https://oidc.eks.us-west-2.amazonaws.com/id/ABCDEF", clientIds: [sts.amazonaws.com], tags: {team: a}}
      """;

  @Test
  void scenarioFileSeedsWorkloads(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("workloads.yaml");
    Files.writeString(file, WORKLOADS);
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withScenario(file.toString()));
        Clients clients = new Clients(sandbox.endpoint())) {
      var profile =
          clients
              .eks
              .describeFargateProfile(r -> r.clusterName("demo").fargateProfileName("fp"))
              .fargateProfile();
      assertEquals(
          List.of("subnet-priv-a", "subnet-priv-b"),
          profile.subnets(),
          "a profile's subnets default to the cluster's private ones");
      assertEquals("web", profile.selectors().get(0).labels().get("tier"));
      var ng =
          clients.eks.describeNodegroup(r -> r.clusterName("demo").nodegroupName("ng")).nodegroup();
      assertEquals("1.33", ng.version());
      assertEquals(3, ng.scalingConfig().desiredSize());
      assertEquals("dedicated", ng.taints().get(0).key());
      assertEquals("2", ng.launchTemplate().version(), "the template's default version");
      assertEquals("demo-nodes", ng.launchTemplate().name());
      var addon =
          clients.eks.describeAddon(r -> r.clusterName("demo").addonName("vpc-cni")).addon();
      assertEquals("arn:aws:iam::123456789012:role/cni", addon.serviceAccountRoleArn());
      var version =
          clients
              .ec2
              .describeLaunchTemplateVersions(r -> r.launchTemplateName("demo-nodes"))
              .launchTemplateVersions();
      assertEquals(2, version.size());
      assertEquals(
          100, version.get(1).launchTemplateData().blockDeviceMappings().get(0).ebs().volumeSize());
      assertEquals("bigger disk", version.get(1).versionDescription());
      assertEquals(
          "demo-a",
          clients
              .ec2
              .describeRouteTables(
                  r -> r.filters(f -> f.name("association.subnet-id").values("subnet-priv-a")))
              .routeTables()
              .get(0)
              .tags()
              .get(0)
              .value());
      assertEquals(
          "demo-nodes",
          clients
              .ec2
              .describeSecurityGroups(r -> r.groupIds("sg-0123"))
              .securityGroups()
              .get(0)
              .groupName());
      try (var k8s = ClusterKubernetes.client(clients, "demo")) {
        assertEquals(
            "a", k8s.namespaces().withName("apps").get().getMetadata().getLabels().get("team"));
        assertEquals(
            "arn:aws:iam::123456789012:role/web",
            k8s.serviceAccounts()
                .inNamespace("apps")
                .withName("web")
                .get()
                .getMetadata()
                .getAnnotations()
                .get("eks.amazonaws.com/role-arn"));
      }
    }
  }

  @Test
  void brokenReferencesSayWhatIsMissing(@TempDir Path dir) throws Exception {
    String badTemplate =
        WORKLOADS.replace("launchTemplate: {name: demo-nodes}", "launchTemplate: {name: ghost}");
    assertTrue(
        startFails(dir, badTemplate)
            .contains("node group ng of cluster demo names launch template ghost"),
        startFails(dir, badTemplate));
    String message =
        startFails(dir, WORKLOADS.replace("- namespace: apps", "- namespace: nowhere"));
    assertTrue(
        message.contains("ServiceAccount nowhere/web in cluster demo is not valid"), message);
    String status =
        startFails(dir, withLineAfter(WORKLOADS, "podExecutionRoleArn:", "status: RUNNING"));
    assertTrue(status.contains("Fargate profile fp of cluster demo has status 'RUNNING'"), status);
  }

  /** The YAML with one more line, indented as the first line that contains {@code marker}. */
  static String withLineAfter(String yaml, String marker, String line) {
    StringBuilder out = new StringBuilder();
    for (String l : yaml.split("\n", -1)) {
      out.append(l).append('\n');
      if (l.contains(marker)) {
        out.append(" ".repeat(l.length() - l.stripLeading().length())).append(line).append('\n');
        marker = "\u0000";
      }
    }
    return out.toString();
  }

  static String startFails(Path dir, String scenario) throws Exception {
    Path file = Files.createTempFile(dir, "bad", ".yaml");
    Files.writeString(file, scenario);
    return assertThrows(
            IllegalArgumentException.class,
            () -> Sandbox.start(SandboxOptions.defaults().withScenario(file.toString())))
        .getMessage();
  }

  @Test
  void scenariosSeedTheSameIdsEveryTime() {
    List<String> first = routeTablesAndGroups();
    assertEquals(first, routeTablesAndGroups());
    assertEquals(8, first.size());
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
    assertTrue(
        unknown
            .getMessage()
            .contains("use one of [empty, eksworkshop, eksworkshop-eksctl-done, eksctl-created]"),
        unknown.getMessage());
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "clusterz: []\n");
    IllegalArgumentException invalid =
        assertThrows(
            IllegalArgumentException.class,
            () -> Sandbox.start(SandboxOptions.defaults().withScenario(bad.toString())));
    assertTrue(invalid.getMessage().contains("is not valid"), invalid.getMessage());
  }
}

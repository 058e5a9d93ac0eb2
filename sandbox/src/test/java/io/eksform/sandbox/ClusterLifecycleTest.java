package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.eks.model.AuthenticationMode;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.eks.model.ClusterStatus;
import software.amazon.awssdk.services.eks.model.CreateClusterRequest;
import software.amazon.awssdk.services.eks.model.EksException;
import software.amazon.awssdk.services.eks.model.InvalidParameterException;
import software.amazon.awssdk.services.eks.model.IpFamily;
import software.amazon.awssdk.services.eks.model.ResourceInUseException;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eks.model.SupportType;

/**
 * A cluster created from nothing in the empty account and destroyed again, with the network it
 * holds on to in between, through the real EC2, IAM and EKS clients.
 */
class ClusterLifecycleTest {
  static final String ROLE = "arn:aws:iam::123456789012:role/eks-service";
  static final String TRUST =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
          + "{\"Service\":\"%s\"},\"Action\":\"sts:AssumeRole\"}]}";

  @RegisterExtension final ScenarioSandbox env = ScenarioSandbox.manualClock("empty");
  String vpc;
  String subnetA;
  String subnetB;
  String subnetC;

  @BeforeEach
  void network() {
    env.clients.iam.createRole(
        r ->
            r.roleName("eks-service")
                .assumeRolePolicyDocument(String.format(TRUST, "eks.amazonaws.com")));
    vpc = env.clients.ec2.createVpc(r -> r.cidrBlock("192.168.0.0/16")).vpc().vpcId();
    subnetA = subnet("192.168.0.0/19", "us-west-2a");
    subnetB = subnet("192.168.32.0/19", "us-west-2b");
    subnetC = subnet("192.168.64.0/19", "us-west-2a");
  }

  String subnet(String cidr, String zone) {
    return env.clients
        .ec2
        .createSubnet(r -> r.vpcId(vpc).cidrBlock(cidr).availabilityZone(zone))
        .subnet()
        .subnetId();
  }

  Cluster create(String name) {
    return env.clients
        .eks
        .createCluster(
            r -> r.name(name).roleArn(ROLE).resourcesVpcConfig(v -> v.subnetIds(subnetA, subnetB)))
        .cluster();
  }

  Cluster describe(String name) {
    return env.clients.eks.describeCluster(r -> r.name(name)).cluster();
  }

  static String ec2Code(Executable call) {
    return assertThrows(Ec2Exception.class, call).awsErrorDetails().errorCode();
  }

  @Test
  void everyCreationSettingIsKeptAndReturned() {
    CreateClusterRequest request =
        CreateClusterRequest.builder()
            .name("full")
            .version("1.32")
            .roleArn(ROLE)
            .resourcesVpcConfig(
                v ->
                    v.subnetIds(subnetA, subnetB)
                        .endpointPrivateAccess(true)
                        .endpointPublicAccess(true)
                        .publicAccessCidrs("203.0.113.0/24"))
            .kubernetesNetworkConfig(
                n -> n.serviceIpv4Cidr("172.20.0.0/16").ipFamily(IpFamily.IPV4))
            .logging(
                l ->
                    l.clusterLogging(
                        s ->
                            s.types(software.amazon.awssdk.services.eks.model.LogType.API)
                                .enabled(true)))
            .encryptionConfig(
                e ->
                    e.resources("secrets")
                        .provider(p -> p.keyArn("arn:aws:kms:us-west-2:123456789012:key/k1")))
            .accessConfig(
                a ->
                    a.authenticationMode(AuthenticationMode.API)
                        .bootstrapClusterCreatorAdminPermissions(false))
            .upgradePolicy(u -> u.supportType(SupportType.EXTENDED))
            .zonalShiftConfig(z -> z.enabled(true))
            .tags(java.util.Map.of("team", "platform"))
            .build();
    Cluster created = env.clients.eks.createCluster(request).cluster();
    assertEquals(ClusterStatus.CREATING, created.status());
    assertNull(created.endpoint());
    Cluster c = describe("full");
    assertEquals("1.32", c.version());
    assertEquals(vpc, c.resourcesVpcConfig().vpcId());
    assertEquals(List.of(subnetA, subnetB), c.resourcesVpcConfig().subnetIds());
    assertTrue(c.resourcesVpcConfig().endpointPrivateAccess());
    assertEquals(List.of("203.0.113.0/24"), c.resourcesVpcConfig().publicAccessCidrs());
    assertEquals("172.20.0.0/16", c.kubernetesNetworkConfig().serviceIpv4Cidr());
    assertEquals(
        "arn:aws:kms:us-west-2:123456789012:key/k1",
        c.encryptionConfig().get(0).provider().keyArn());
    assertEquals(AuthenticationMode.API, c.accessConfig().authenticationMode());
    assertFalse(c.accessConfig().bootstrapClusterCreatorAdminPermissions());
    assertEquals(SupportType.EXTENDED, c.upgradePolicy().supportType());
    assertTrue(c.zonalShiftConfig().enabled());
    assertEquals("platform", c.tags().get("team"));
    assertTrue(
        c.identity().oidc().issuer().startsWith("https://oidc.eks.us-west-2.amazonaws.com/id/"));
  }

  @Test
  void autoModeSettingsGoTogether() {
    Cluster c =
        env.clients
            .eks
            .createCluster(
                r ->
                    r.name("auto")
                        .roleArn(ROLE)
                        .resourcesVpcConfig(v -> v.subnetIds(subnetA, subnetB))
                        .accessConfig(a -> a.authenticationMode(AuthenticationMode.API))
                        .bootstrapSelfManagedAddons(false)
                        .computeConfig(
                            x ->
                                x.enabled(true)
                                    .nodePools("general-purpose", "system")
                                    .nodeRoleArn("arn:aws:iam::123456789012:role/auto-nodes"))
                        .kubernetesNetworkConfig(n -> n.elasticLoadBalancing(e -> e.enabled(true)))
                        .storageConfig(s -> s.blockStorage(b -> b.enabled(true))))
            .cluster();
    assertEquals(List.of("general-purpose", "system"), c.computeConfig().nodePools());
    assertTrue(c.storageConfig().blockStorage().enabled());
    assertTrue(c.kubernetesNetworkConfig().elasticLoadBalancing().enabled());
    assertThrows(
        InvalidParameterException.class,
        () ->
            env.clients.eks.createCluster(
                r ->
                    r.name("half")
                        .roleArn(ROLE)
                        .resourcesVpcConfig(v -> v.subnetIds(subnetA, subnetB))
                        .computeConfig(x -> x.enabled(true))));
  }

  @Test
  void createIsRefusedAsEksRefusesIt() {
    String message =
        refused(
            r -> r.name("c").roleArn(ROLE).resourcesVpcConfig(v -> v.subnetIds(subnetA, subnetC)));
    assertEquals("Subnets specified must be in at least two different AZs", message);
    refused(
        r ->
            r.name("c")
                .roleArn(ROLE)
                .resourcesVpcConfig(v -> v.subnetIds(subnetA, "subnet-0000000000000000f")));
    assertEquals(
        "Role with arn: arn:aws:iam::123456789012:role/missing, could not be assumed because it"
            + " does not exist or the trusted entity is not correct",
        refused(
            r ->
                r.name("c")
                    .roleArn("arn:aws:iam::123456789012:role/missing")
                    .resourcesVpcConfig(v -> v.subnetIds(subnetA, subnetB))));
    env.clients.iam.createRole(
        r ->
            r.roleName("for-ec2")
                .assumeRolePolicyDocument(String.format(TRUST, "ec2.amazonaws.com")));
    refused(
        r ->
            r.name("c")
                .roleArn("arn:aws:iam::123456789012:role/for-ec2")
                .resourcesVpcConfig(v -> v.subnetIds(subnetA, subnetB)));
    refused(
        r ->
            r.name("c")
                .version("1.20")
                .roleArn(ROLE)
                .resourcesVpcConfig(v -> v.subnetIds(subnetA, subnetB)));
    refused(
        r ->
            r.name("c")
                .roleArn(ROLE)
                .resourcesVpcConfig(
                    v -> v.subnetIds(subnetA, subnetB).securityGroupIds("sg-0000000000000000f")));
    refused(
        r ->
            r.name("c")
                .roleArn(ROLE)
                .resourcesVpcConfig(v -> v.subnetIds(subnetA, subnetB))
                .accessConfig(
                    a ->
                        a.authenticationMode(AuthenticationMode.CONFIG_MAP)
                            .bootstrapClusterCreatorAdminPermissions(false)));
    create("c");
    assertThrows(ResourceInUseException.class, () -> create("c"));
  }

  String refused(java.util.function.Consumer<CreateClusterRequest.Builder> request) {
    return assertThrows(
            InvalidParameterException.class, () -> env.clients.eks.createCluster(request))
        .awsErrorDetails()
        .errorMessage();
  }

  @Test
  void aClusterHoldsItsSubnetsAndSecurityGroupUntilItIsGone() {
    create("c1");
    env.clock.advance(Duration.ofMinutes(9));
    assertEquals(ClusterStatus.CREATING, describe("c1").status());
    env.clock.advance(Duration.ofMinutes(1));
    Cluster c = describe("c1");
    assertEquals(ClusterStatus.ACTIVE, c.status());
    assertTrue(c.endpoint().startsWith("https://"));
    assertFalse(c.certificateAuthority().data().isEmpty());
    String group = c.resourcesVpcConfig().clusterSecurityGroupId();
    SecurityGroup sg =
        env.clients.ec2.describeSecurityGroups(r -> r.groupIds(group)).securityGroups().get(0);
    assertEquals(vpc, sg.vpcId());
    assertTrue(sg.groupName().startsWith("eks-cluster-sg-c1-"));
    java.util.Map<String, String> tags = new java.util.HashMap<>();
    sg.tags().forEach(t -> tags.put(t.key(), t.value()));
    assertEquals("c1", tags.get("aws:eks:cluster-name"));
    assertEquals("owned", tags.get("kubernetes.io/cluster/c1"));
    assertEquals(sg.groupName(), tags.get("Name"));
    assertEquals(group, sg.ipPermissions().get(0).userIdGroupPairs().get(0).groupId());
    assertEquals(
        "DependencyViolation",
        ec2Code(() -> env.clients.ec2.deleteSubnet(r -> r.subnetId(subnetA))));
    assertEquals(
        "DependencyViolation",
        ec2Code(() -> env.clients.ec2.deleteSecurityGroup(r -> r.groupId(group))));
    assertEquals(
        "DependencyViolation", ec2Code(() -> env.clients.ec2.deleteVpc(r -> r.vpcId(vpc))));
    var interfaces =
        env.clients
            .ec2
            .describeNetworkInterfaces(
                r -> r.filters(f -> f.name("description").values("Amazon EKS c1")))
            .networkInterfaces();
    assertEquals(
        java.util.Set.of(subnetA, subnetB),
        interfaces.stream().map(i -> i.subnetId()).collect(java.util.stream.Collectors.toSet()));
    assertEquals(group, interfaces.get(0).groups().get(0).groupId());
    try (KubernetesClient k8s = ClusterKubernetes.client(env.clients, "c1")) {
      assertEquals(4, k8s.namespaces().list().getItems().size());
      assertEquals(
          "coredns",
          k8s.serviceAccounts()
              .inNamespace("kube-system")
              .withName("coredns")
              .get()
              .getMetadata()
              .getName());
    }
    env.clients.eks.createNodegroup(
        r ->
            r.clusterName("c1")
                .nodegroupName("ng")
                .nodeRole("arn:aws:iam::123456789012:role/nodes")
                .subnets(subnetC)
                .scalingConfig(s -> s.minSize(1).maxSize(1).desiredSize(1)));
    // The nodes' interfaces hold a subnet the cluster itself does not use.
    assertEquals(
        "DependencyViolation",
        ec2Code(() -> env.clients.ec2.deleteSubnet(r -> r.subnetId(subnetC))));
    assertThrows(
        ResourceInUseException.class, () -> env.clients.eks.deleteCluster(r -> r.name("c1")));
    env.clients.eks.deleteNodegroup(r -> r.clusterName("c1").nodegroupName("ng"));
    env.clock.advance(Duration.ofMinutes(3));
    env.clients.ec2.deleteSubnet(r -> r.subnetId(subnetC));
    assertEquals(
        ClusterStatus.DELETING,
        env.clients.eks.deleteCluster(r -> r.name("c1")).cluster().status());
    env.clock.advance(Duration.ofMinutes(4));
    assertEquals(ClusterStatus.DELETING, describe("c1").status());
    assertEquals(
        "DependencyViolation",
        ec2Code(() -> env.clients.ec2.deleteSubnet(r -> r.subnetId(subnetA))));
    env.clock.advance(Duration.ofMinutes(1));
    assertThrows(ResourceNotFoundException.class, () -> describe("c1"));
    assertTrue(
        env.clients
            .ec2
            .describeNetworkInterfaces(r -> r.filters(f -> f.name("vpc-id").values(vpc)))
            .networkInterfaces()
            .isEmpty());
    assertEquals(
        "InvalidGroup.NotFound",
        ec2Code(() -> env.clients.ec2.describeSecurityGroups(r -> r.groupIds(group))));
    env.clients.ec2.deleteSubnet(r -> r.subnetId(subnetA));
    env.clients.ec2.deleteSubnet(r -> r.subnetId(subnetB));
    env.clients.ec2.deleteVpc(r -> r.vpcId(vpc));
    assertEquals(
        "InvalidVpcID.NotFound", ec2Code(() -> env.clients.ec2.describeVpcs(r -> r.vpcIds(vpc))));
    assertTrue(env.clients.eks.listClusters().clusters().isEmpty());
    assertThrows(EksException.class, () -> env.clients.eks.deleteCluster(r -> r.name("c1")));
  }

  @Test
  void theCreatorGetsAnAdminAccessEntryWhenAsked() {
    create("c1");
    String creator = env.clients.sts.getCallerIdentity().arn();
    assertEquals(
        List.of(creator),
        env.clients.eks.listAccessEntries(r -> r.clusterName("c1")).accessEntries());
    var entry =
        env.clients
            .eks
            .describeAccessEntry(r -> r.clusterName("c1").principalArn(creator))
            .accessEntry();
    assertEquals("STANDARD", entry.type());
    assertTrue(
        entry
            .accessEntryArn()
            .startsWith("arn:aws:eks:us-west-2:123456789012:access-entry/c1/user/123456789012/"));
    var policies =
        env.clients
            .eks
            .listAssociatedAccessPolicies(r -> r.clusterName("c1").principalArn(creator))
            .associatedAccessPolicies();
    assertEquals(
        "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
        policies.get(0).policyArn());
    assertEquals("cluster", policies.get(0).accessScope().typeAsString());
    assertThrows(
        ResourceNotFoundException.class,
        () ->
            env.clients.eks.describeAccessEntry(
                r -> r.clusterName("c1").principalArn("arn:aws:iam::123456789012:role/other")));
    env.clients.eks.createCluster(
        r ->
            r.name("no-admin")
                .roleArn(ROLE)
                .resourcesVpcConfig(v -> v.subnetIds(subnetA, subnetB))
                .accessConfig(a -> a.bootstrapClusterCreatorAdminPermissions(false)));
    assertTrue(
        env.clients
            .eks
            .listAccessEntries(r -> r.clusterName("no-admin"))
            .accessEntries()
            .isEmpty());
    env.clients.eks.createCluster(
        r ->
            r.name("config-map")
                .roleArn(ROLE)
                .resourcesVpcConfig(v -> v.subnetIds(subnetA, subnetB))
                .accessConfig(a -> a.authenticationMode(AuthenticationMode.CONFIG_MAP)));
    assertThrows(
        software.amazon.awssdk.services.eks.model.InvalidRequestException.class,
        () -> env.clients.eks.listAccessEntries(r -> r.clusterName("config-map")));
    env.clock.advance(Duration.ofMinutes(10));
    env.clients.eks.deleteCluster(r -> r.name("c1"));
    env.clock.advance(Duration.ofMinutes(5));
    create("c1");
    assertEquals(
        1, env.clients.eks.listAccessEntries(r -> r.clusterName("c1")).accessEntries().size());
  }
}

package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.LaunchTemplate;
import software.amazon.awssdk.services.ec2.model.ResponseLaunchTemplateData;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.eks.model.Addon;
import software.amazon.awssdk.services.eks.model.CapacityTypes;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.eks.model.Nodegroup;
import software.amazon.awssdk.services.eks.model.NodegroupStatus;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;

/**
 * The eksctl-created scenario holds what {@code eksctl create cluster -f
 * 26-managed-nodegroup-spot-instances.yaml} leaves behind, read back through the AWS SDK clients.
 */
class EksctlCreatedScenarioTest {
  static final String CLUSTER = "cluster-26";
  static final String STACK = "eksctl-cluster-26-cluster";

  @RegisterExtension final ScenarioSandbox env = ScenarioSandbox.realTime("eksctl-created");

  static Map<String, String> ec2Tags(List<Tag> tags) {
    return tags.stream().collect(Collectors.toMap(Tag::key, Tag::value));
  }

  static Filter filter(String name, String... values) {
    return Filter.builder().name(name).values(values).build();
  }

  Nodegroup nodegroup(String name) {
    return env.clients
        .eks
        .describeNodegroup(r -> r.clusterName(CLUSTER).nodegroupName(name))
        .nodegroup();
  }

  @Test
  void theVpcIsEksctls() {
    var vpc = env.clients.ec2.describeVpcs().vpcs().get(0);
    assertEquals("192.168.0.0/16", vpc.cidrBlock());
    Map<String, String> vpcTags = ec2Tags(vpc.tags());
    assertEquals(STACK + "/VPC", vpcTags.get("Name"));
    assertEquals(CLUSTER, vpcTags.get("alpha.eksctl.io/cluster-name"));
    assertEquals(STACK, vpcTags.get("aws:cloudformation:stack-name"));
    assertEquals("VPC", vpcTags.get("aws:cloudformation:logical-id"));
    List<Subnet> subnets = env.clients.ec2.describeSubnets().subnets();
    assertEquals(6, subnets.size());
    List<Subnet> open =
        env.clients
            .ec2
            .describeSubnets(r -> r.filters(filter("tag:kubernetes.io/role/elb", "1")))
            .subnets();
    assertEquals(3, open.size());
    assertTrue(open.stream().allMatch(Subnet::mapPublicIpOnLaunch));
    assertEquals(
        List.of("us-west-2a", "us-west-2b", "us-west-2c"),
        open.stream().map(Subnet::availabilityZone).sorted().toList());
    Subnet privateA =
        env.clients
            .ec2
            .describeSubnets(r -> r.filters(filter("tag:Name", STACK + "/SubnetPrivateUSWEST2A")))
            .subnets()
            .get(0);
    assertEquals("192.168.96.0/19", privateA.cidrBlock());
    assertEquals("1", ec2Tags(privateA.tags()).get("kubernetes.io/role/internal-elb"));
    RouteTable privateTable =
        env.clients
            .ec2
            .describeRouteTables(
                r -> r.filters(filter("association.subnet-id", privateA.subnetId())))
            .routeTables()
            .get(0);
    assertEquals(STACK + "/PrivateRouteTableUSWEST2A", ec2Tags(privateTable.tags()).get("Name"));
    String nat = privateTable.routes().get(1).natGatewayId();
    var natGateway = env.clients.ec2.describeNatGateways().natGateways();
    assertEquals(1, natGateway.size(), "a single NAT gateway");
    assertEquals(nat, natGateway.get(0).natGatewayId());
    assertEquals(
        STACK + "/SubnetPublicUSWEST2A",
        ec2Tags(
                env.clients
                    .ec2
                    .describeSubnets(r -> r.subnetIds(natGateway.get(0).subnetId()))
                    .subnets()
                    .get(0)
                    .tags())
            .get("Name"));
    RouteTable publicTable =
        env.clients
            .ec2
            .describeRouteTables(r -> r.filters(filter("route.gateway-id", "igw-*")))
            .routeTables()
            .get(0);
    assertEquals(3, publicTable.associations().size());
    assertEquals(STACK + "/PublicRouteTable", ec2Tags(publicTable.tags()).get("Name"));
    assertEquals(
        STACK + "/InternetGateway",
        ec2Tags(env.clients.ec2.describeInternetGateways().internetGateways().get(0).tags())
            .get("Name"));
  }

  @Test
  void theClusterIsEksctls() {
    Cluster c = env.clients.eks.describeCluster(r -> r.name(CLUSTER)).cluster();
    assertEquals("1.34", c.version());
    assertEquals(6, c.resourcesVpcConfig().subnetIds().size());
    assertEquals("false", c.tags().get("alpha.eksctl.io/cluster-oidc-enabled"));
    assertEquals(CLUSTER, c.tags().get("eksctl.cluster.k8s.io/v1alpha1/cluster-name"));
    assertEquals("ControlPlane", c.tags().get("aws:cloudformation:logical-id"));
    String controlPlane = c.resourcesVpcConfig().securityGroupIds().get(0);
    var group =
        env.clients
            .ec2
            .describeSecurityGroups(r -> r.groupIds(controlPlane))
            .securityGroups()
            .get(0);
    assertEquals(
        "Communication between the control plane and worker nodegroups", group.description());
    String serviceRole = c.roleArn().substring(c.roleArn().lastIndexOf('/') + 1);
    assertTrue(serviceRole.startsWith(STACK + "-ServiceRole-"), serviceRole);
    assertEquals(
        List.of(
            "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy",
            "arn:aws:iam::aws:policy/AmazonEKSVPCResourceController"),
        env
            .clients
            .iam
            .listAttachedRolePolicies(r -> r.roleName(serviceRole))
            .attachedPolicies()
            .stream()
            .map(AttachedPolicy::policyArn)
            .toList());
    assertTrue(
        env.clients.iam.listOpenIDConnectProviders().openIDConnectProviderList().isEmpty(),
        "the config does not ask for IAM OIDC");
  }

  @Test
  void theNodegroupsAreEksctls() {
    assertEquals(
        List.of("on-demand", "spot", "spot-2"),
        env.clients.eks.listNodegroups(r -> r.clusterName(CLUSTER)).nodegroups().stream()
            .sorted()
            .toList());
    Nodegroup spot = nodegroup("spot");
    assertEquals(NodegroupStatus.ACTIVE, spot.status());
    assertEquals(CapacityTypes.SPOT, spot.capacityType());
    assertEquals(
        List.of("c3.large", "c4.large", "c5.large", "c5d.large", "c5n.large", "c5a.large"),
        spot.instanceTypes());
    assertEquals("AL2023_x86_64_STANDARD", spot.amiTypeAsString());
    assertEquals(2, spot.scalingConfig().desiredSize());
    assertEquals("1.34", spot.version());
    assertNull(spot.diskSize());
    assertEquals("managed", spot.tags().get("alpha.eksctl.io/nodegroup-type"));
    assertEquals("spot", spot.tags().get("alpha.eksctl.io/nodegroup-name"));
    assertEquals(CLUSTER, spot.tags().get("alpha.eksctl.io/cluster-name"));
    assertEquals(
        Map.of("alpha.eksctl.io/cluster-name", CLUSTER, "alpha.eksctl.io/nodegroup-name", "spot"),
        spot.labels());
    assertEquals("eksctl-cluster-26-nodegroup-spot", spot.launchTemplate().name());
    assertEquals("1", spot.launchTemplate().version());
    assertEquals(List.of("m5.large"), nodegroup("spot-2").instanceTypes());
    assertEquals(CapacityTypes.ON_DEMAND, nodegroup("on-demand").capacityType());
    String publicA =
        env.clients
            .ec2
            .describeSubnets(r -> r.filters(filter("tag:Name", STACK + "/SubnetPublicUSWEST2A")))
            .subnets()
            .get(0)
            .subnetId();
    assertTrue(spot.subnets().contains(publicA), "managed node groups use the public subnets");
    String role = spot.nodeRole().substring(spot.nodeRole().lastIndexOf('/') + 1);
    assertTrue(role.startsWith("eksctl-cluster-26-nodegroup-spot-NodeInstanceRole-"), role);
    assertEquals(
        4,
        env.clients.iam.listAttachedRolePolicies(r -> r.roleName(role)).attachedPolicies().size());
    String otherRole = nodegroup("on-demand").nodeRole();
    assertFalse(otherRole.equals(spot.nodeRole()), "each node group has its own role");
  }

  @Test
  void eachNodegroupHasEksctlsLaunchTemplate() {
    List<LaunchTemplate> templates = env.clients.ec2.describeLaunchTemplates().launchTemplates();
    assertEquals(3, templates.size());
    Nodegroup spot = nodegroup("spot");
    ResponseLaunchTemplateData data =
        env.clients
            .ec2
            .describeLaunchTemplateVersions(
                r -> r.launchTemplateId(spot.launchTemplate().id()).versions("$Default"))
            .launchTemplateVersions()
            .get(0)
            .launchTemplateData();
    assertEquals(80, data.blockDeviceMappings().get(0).ebs().volumeSize());
    assertEquals("gp3", data.blockDeviceMappings().get(0).ebs().volumeTypeAsString());
    assertEquals("required", data.metadataOptions().httpTokensAsString());
    assertEquals(2, data.metadataOptions().httpPutResponseHopLimit());
    String clusterGroup =
        env.clients
            .eks
            .describeCluster(r -> r.name(CLUSTER))
            .cluster()
            .resourcesVpcConfig()
            .clusterSecurityGroupId();
    assertEquals(List.of(clusterGroup), data.securityGroupIds());
    assertEquals(
        List.of("instance", "volume", "network-interface"),
        data.tagSpecifications().stream().map(t -> t.resourceTypeAsString()).toList());
    assertEquals(
        "cluster-26-spot-Node",
        data.tagSpecifications().get(0).tags().stream()
            .filter(t -> t.key().equals("Name"))
            .findFirst()
            .orElseThrow()
            .value());
    Map<String, String> tags =
        ec2Tags(
            env.clients
                .ec2
                .describeLaunchTemplates(r -> r.launchTemplateIds(spot.launchTemplate().id()))
                .launchTemplates()
                .get(0)
                .tags());
    assertEquals("spot", tags.get("alpha.eksctl.io/nodegroup-name"));
    assertEquals("eksctl-cluster-26-nodegroup-spot", tags.get("aws:cloudformation:stack-name"));
  }

  @Test
  void theDefaultAddonsRunAtEksDefaultVersions() {
    List<String> names =
        env.clients.eks.listAddons(r -> r.clusterName(CLUSTER)).addons().stream().sorted().toList();
    assertEquals(List.of("coredns", "kube-proxy", "metrics-server", "vpc-cni"), names);
    for (String name : names) {
      Addon addon =
          env.clients.eks.describeAddon(r -> r.clusterName(CLUSTER).addonName(name)).addon();
      String defaultVersion =
          env
              .clients
              .eks
              .describeAddonVersions(r -> r.addonName(name).kubernetesVersion("1.34"))
              .addons()
              .get(0)
              .addonVersions()
              .stream()
              .filter(v -> v.compatibilities().get(0).defaultVersion())
              .findFirst()
              .orElseThrow()
              .addonVersion();
      assertEquals(defaultVersion, addon.addonVersion(), name);
      assertNull(addon.serviceAccountRoleArn(), name + " without IRSA: no OIDC provider");
    }
  }

  @Test
  void theLockTableIsThere() {
    try (DynamoDbClient dynamo =
        DynamoDbClient.builder()
            .endpointOverride(env.sandbox.endpoint())
            .region(Region.US_WEST_2)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(
                        io.eksform.sandbox.http.SandboxKeys.ACCESS_KEY_ID,
                        io.eksform.sandbox.http.SandboxKeys.SECRET_ACCESS_KEY)))
            .build()) {
      assertEquals(List.of("eksform-locks"), dynamo.listTables().tableNames());
    }
  }
}

package io.eksform.sandbox.scenario;

import static io.eksform.sandbox.scenario.BuiltInScenarios.ACCOUNT;
import static io.eksform.sandbox.scenario.BuiltInScenarios.REGION;
import static io.eksform.sandbox.scenario.EksctlConventions.cloudFormationTags;
import static io.eksform.sandbox.scenario.EksctlConventions.nameTag;
import static io.eksform.sandbox.scenario.EksctlConventions.tags;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The account as {@code eksctl create cluster -f 26-managed-nodegroup-spot-instances.yaml} leaves
 * it: stack {@code eksctl-cluster-26-cluster} with eksctl's VPC (192.168.0.0/16, a public and a
 * private /19 per zone, one internet gateway, a single NAT gateway in the first public subnet, a
 * route table per private subnet), the control-plane and shared-node security groups, the cluster
 * service role and the cluster (eksctl's default Kubernetes version, no OIDC provider: the config
 * does not ask for one); one stack per managed node group ({@code spot}, {@code spot-2}, {@code
 * on-demand}) with its node role, the launch template eksctl generates (80 GiB gp3 root volume,
 * IMDSv2 with hop limit 2, the cluster security group, instance, volume and interface tags) and the
 * node group in the public subnets; and the add-ons eksctl installs by default (vpc-cni,
 * kube-proxy, coredns, metrics-server) at EKS's default versions.
 */
final class EksctlCreatedScenario {
  static final String CLUSTER = "cluster-26";
  static final String VERSION = "1.34";
  static final String STACK = "eksctl-" + CLUSTER + "-cluster";
  static final String VPC = "vpc-026c1a5e0b7d94f3e";
  static final String IGW = "igw-026f1e2d3c4b5a697";
  static final String NAT = "nat-026e0d1c2b3a49586";
  static final String CONTROL_PLANE_SG = "sg-026c0a7e01a5e0c01";
  static final String SHARED_NODE_SG = "sg-026c0a7e01a5e0c02";
  static final String CLUSTER_SG = "sg-026c0a7e01a5e0c03";
  static final List<String> ZONES = List.of("a", "b", "c");
  static final String SERVICE_ROLE =
      EksctlConventions.physicalName(STACK, "ServiceRole", "E6QZ3YB1T8WKA");

  /** The three node groups of the config, as eksctl fills them in. */
  record Group(
      String name, List<String> instanceTypes, boolean spot, String roleSuffix, String lt) {
    String stack() {
      return "eksctl-" + CLUSTER + "-nodegroup-" + name;
    }

    String role() {
      return EksctlConventions.physicalName(stack(), "NodeInstanceRole", roleSuffix);
    }
  }

  static final List<Group> GROUPS =
      List.of(
          new Group(
              "spot",
              List.of("c3.large", "c4.large", "c5.large", "c5d.large", "c5n.large", "c5a.large"),
              true,
              "9XK2LQ7ZP3M4A",
              "lt-026a1b2c3d4e5f601"),
          new Group("spot-2", List.of("m5.large"), true, "4TQ8NW2RB6JYC", "lt-026a1b2c3d4e5f602"),
          new Group(
              "on-demand",
              List.of("c3.large", "c4.large", "c5.large"),
              false,
              "H3V7MZ1KD5PXE",
              "lt-026a1b2c3d4e5f603"));

  private EksctlCreatedScenario() {}

  static ScenarioSpec spec() {
    List<ScenarioSpec.RoleSpec> roles = new ArrayList<>();
    roles.add(serviceRole());
    List<ScenarioSpec.LaunchTemplateSpec> templates = new ArrayList<>();
    List<ScenarioSpec.NodegroupSpec> nodegroups = new ArrayList<>();
    for (Group g : GROUPS) {
      roles.add(nodeRole(g));
      templates.add(launchTemplate(g));
      nodegroups.add(nodegroup(g));
    }
    List<ScenarioSpec.AddonSpec> addons =
        List.of(
            addon("vpc-cni", "v1.19.5-eksbuild.1"),
            addon("kube-proxy", "v1.34.0-eksbuild.2"),
            addon("coredns", "v1.11.4-eksbuild.14"),
            addon("metrics-server", "v0.8.0-eksbuild.1"));
    List<String> subnets = new ArrayList<>(publicSubnets());
    subnets.addAll(privateSubnets());
    ScenarioSpec.ClusterSpec cluster =
        new ScenarioSpec.ClusterSpec(
            CLUSTER,
            null,
            VERSION,
            "ACTIVE",
            VPC,
            subnets,
            List.of(CONTROL_PLANE_SG),
            CLUSTER_SG,
            "arn:aws:iam::" + ACCOUNT + ":role/" + SERVICE_ROLE,
            "A26C5E7F0B1D2C3E4F5A6B7C8D9E0F12",
            null,
            tags(clusterStackTags(), cloudFormationTags(ACCOUNT, REGION, STACK, "ControlPlane")),
            null,
            nodegroups,
            addons,
            null);
    return new ScenarioSpec(
        ACCOUNT,
        REGION,
        List.of(vpc()),
        securityGroups(),
        List.of(cluster),
        roles,
        null,
        null,
        templates);
  }

  static List<String> publicSubnets() {
    return ZONES.stream().map(z -> "subnet-026" + z + "000000000001" + z).toList();
  }

  static List<String> privateSubnets() {
    return ZONES.stream().map(z -> "subnet-026" + z + "000000000002" + z).toList();
  }

  private static Map<String, String> clusterStackTags() {
    return EksctlConventions.clusterStackTags(CLUSTER, false);
  }

  /** The tags of a resource of the cluster stack that eksctl names and CloudFormation tags. */
  private static Map<String, String> stackResourceTags(String logicalId) {
    return tags(
        nameTag(STACK, logicalId),
        clusterStackTags(),
        cloudFormationTags(ACCOUNT, REGION, STACK, logicalId));
  }

  private static ScenarioSpec.VpcSpec vpc() {
    List<ScenarioSpec.SubnetSpec> subnets = new ArrayList<>();
    int block = 0;
    for (String kind : List.of("Public", "Private")) {
      List<String> ids = kind.equals("Public") ? publicSubnets() : privateSubnets();
      for (int i = 0; i < ZONES.size(); i++) {
        String zone = ZONES.get(i);
        String alias = "USWEST2" + zone.toUpperCase(java.util.Locale.ROOT);
        boolean isPublic = kind.equals("Public");
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(isPublic ? "kubernetes.io/role/elb" : "kubernetes.io/role/internal-elb", "1");
        tags.putAll(stackResourceTags("Subnet" + kind + alias));
        subnets.add(
            new ScenarioSpec.SubnetSpec(
                ids.get(i),
                "192.168." + (32 * block++) + ".0/19",
                REGION + zone,
                isPublic,
                isPublic,
                tags,
                isPublic ? null : stackResourceTags("PrivateRouteTable" + alias)));
      }
    }
    return new ScenarioSpec.VpcSpec(
        VPC,
        null,
        "192.168.0.0/16",
        stackResourceTags("VPC"),
        IGW,
        stackResourceTags("InternetGateway"),
        stackResourceTags("PublicRouteTable"),
        subnets,
        List.of(
            new ScenarioSpec.NatSpec(
                NAT, publicSubnets().get(0), stackResourceTags("NATGateway"))));
  }

  private static List<ScenarioSpec.SecurityGroupSpec> securityGroups() {
    return List.of(
        new ScenarioSpec.SecurityGroupSpec(
            CONTROL_PLANE_SG,
            null,
            VPC,
            STACK + "-ControlPlaneSecurityGroup-1XW3KZ7Q9P2LM",
            "Communication between the control plane and worker nodegroups",
            stackResourceTags("ControlPlaneSecurityGroup")),
        new ScenarioSpec.SecurityGroupSpec(
            SHARED_NODE_SG,
            null,
            VPC,
            STACK + "-ClusterSharedNodeSecurityGroup-7BQ4M2N8VX1KC",
            "Communication between all nodes in the cluster",
            stackResourceTags("ClusterSharedNodeSecurityGroup")));
  }

  private static ScenarioSpec.RoleSpec serviceRole() {
    return new ScenarioSpec.RoleSpec(
        SERVICE_ROLE,
        null,
        null,
        "{\"Statement\":[{\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"],\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":[\"eks.amazonaws.com\"]}}],\"Version\":\"2012-10-17\"}",
        List.of(
            "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy",
            "arn:aws:iam::aws:policy/AmazonEKSVPCResourceController"),
        null,
        tags(nameTag(STACK, "ServiceRole"), clusterStackTags()));
  }

  private static ScenarioSpec.RoleSpec nodeRole(Group g) {
    return new ScenarioSpec.RoleSpec(
        g.role(),
        null,
        null,
        "{\"Statement\":[{\"Action\":[\"sts:AssumeRole\"],\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":[\"ec2.amazonaws.com\"]}}],\"Version\":\"2012-10-17\"}",
        List.of(
            "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly",
            "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
            "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
            "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"),
        null,
        tags(
            nameTag(g.stack(), "NodeInstanceRole"),
            EksctlConventions.managedNodegroupStackTags(CLUSTER, g.name())));
  }

  /** The launch template eksctl writes for a managed node group without one of its own. */
  private static ScenarioSpec.LaunchTemplateSpec launchTemplate(Group g) {
    String instanceTags =
        "[{\"Key\":\"Name\",\"Value\":\""
            + CLUSTER
            + "-"
            + g.name()
            + "-Node\"},{\"Key\":\""
            + EksctlConventions.NODEGROUP_NAME_TAG
            + "\",\"Value\":\""
            + g.name()
            + "\"},{\"Key\":\""
            + EksctlConventions.NODEGROUP_TYPE_TAG
            + "\",\"Value\":\"managed\"}]";
    StringBuilder specs = new StringBuilder();
    for (String type : List.of("instance", "volume", "network-interface")) {
      specs.append(specs.length() == 0 ? "" : ",");
      specs.append("{\"ResourceType\":\"").append(type).append("\",\"Tags\":").append(instanceTags);
      specs.append('}');
    }
    String data =
        "{\"BlockDeviceMappings\":[{\"DeviceName\":\"/dev/xvda\",\"Ebs\":{\"Iops\":3000,"
            + "\"Throughput\":125,\"VolumeSize\":80,\"VolumeType\":\"gp3\"}}],"
            + "\"MetadataOptions\":{\"HttpPutResponseHopLimit\":2,\"HttpTokens\":\"required\"},"
            + "\"SecurityGroupIds\":[\""
            + CLUSTER_SG
            + "\"],\"TagSpecifications\":["
            + specs
            + "]}";
    return new ScenarioSpec.LaunchTemplateSpec(
        g.lt(),
        g.stack(),
        null,
        tags(
            EksctlConventions.managedNodegroupStackTags(CLUSTER, g.name()),
            cloudFormationTags(ACCOUNT, REGION, g.stack(), "LaunchTemplate")),
        null,
        List.of(new ScenarioSpec.LaunchTemplateVersionSpec(null, data)));
  }

  private static ScenarioSpec.NodegroupSpec nodegroup(Group g) {
    return new ScenarioSpec.NodegroupSpec(
        g.name(),
        "arn:aws:iam::" + ACCOUNT + ":role/" + g.role(),
        publicSubnets(),
        g.instanceTypes(),
        "AL2023_x86_64_STANDARD",
        g.spot() ? "SPOT" : "ON_DEMAND",
        null,
        new ScenarioSpec.ScalingSpec(2, 2, 2),
        Map.of(
            EksctlConventions.CLUSTER_NAME_TAG,
            CLUSTER,
            EksctlConventions.NODEGROUP_NAME_TAG,
            g.name()),
        null,
        tags(
            EksctlConventions.managedNodegroupStackTags(CLUSTER, g.name()),
            cloudFormationTags(ACCOUNT, REGION, g.stack(), "ManagedNodeGroup")),
        null,
        null,
        new ScenarioSpec.LaunchTemplateRefSpec(g.lt(), null, "1"),
        "ACTIVE");
  }

  private static ScenarioSpec.AddonSpec addon(String name, String version) {
    return new ScenarioSpec.AddonSpec(name, version, null, null, null, "ACTIVE");
  }
}

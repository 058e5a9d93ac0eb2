package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateTagSpecificationRequest;
import software.amazon.awssdk.services.ec2.model.RequestLaunchTemplateData;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.VpcAttributeName;
import software.amazon.awssdk.services.eks.model.FargateProfileSelector;

/**
 * Runs the same call sequence against the sandbox and against moto (a third-party AWS emulator,
 * when installed) and compares the shapes of the responses and the error codes. Differences that
 * are understood are listed in {@code moto-known-differences.txt}; any other difference fails.
 */
class MotoDifferentialTest {
  static MotoProcess moto;
  static Sandbox sandbox;

  @BeforeAll
  static void start() throws Exception {
    moto = MotoProcess.startOrSkip();
    motoEndpoint = moto.endpoint();
    sandbox = Sandbox.start(SandboxOptions.defaults());
  }

  static URI motoEndpoint;

  @AfterAll
  static void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
    if (moto != null) {
      moto.close();
    }
  }

  /** One step's outcome: the response shape, or the error code. */
  record Outcome(Set<String> shape, String error) {}

  /** Runs the call sequence against one endpoint, recording each step by name. */
  static Map<String, Outcome> run(URI endpoint) {
    Map<String, Outcome> out = new LinkedHashMap<>();
    try (Clients c = new Clients(endpoint)) {
      String vpc = c.ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
      String s1 =
          c.ec2
              .createSubnet(
                  r -> r.vpcId(vpc).cidrBlock("10.0.1.0/24").availabilityZone("us-west-2a"))
              .subnet()
              .subnetId();
      String s2 =
          c.ec2
              .createSubnet(
                  r -> r.vpcId(vpc).cidrBlock("10.0.2.0/24").availabilityZone("us-west-2b"))
              .subnet()
              .subnetId();
      String trust =
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"eks-fargate-pods.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
      step(out, "ec2.DescribeVpcs", () -> c.ec2.describeVpcs(r -> r.vpcIds(vpc)));
      step(out, "ec2.DescribeSubnets", () -> c.ec2.describeSubnets(r -> r.subnetIds(s1)));
      step(
          out,
          "ec2.DescribeRouteTables",
          () -> c.ec2.describeRouteTables(r -> r.filters(f -> f.name("vpc-id").values(vpc))));
      step(
          out,
          "ec2.DescribeSubnets.unknown",
          () -> c.ec2.describeSubnets(r -> r.subnetIds("subnet-0000000000000000f")));
      step(
          out,
          "iam.CreateRole",
          () -> c.iam.createRole(r -> r.roleName("pods").assumeRolePolicyDocument(trust)));
      step(out, "iam.GetRole", () -> c.iam.getRole(r -> r.roleName("pods")));
      step(out, "iam.GetRole.unknown", () -> c.iam.getRole(r -> r.roleName("nope")));
      String permissions =
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"xray:PutTraceSegments\",\"Resource\":\"*\"}]}";
      step(
          out,
          "iam.CreatePolicy.withPrincipal",
          () -> c.iam.createPolicy(r -> r.policyName("bad").policyDocument(trust)));
      step(
          out,
          "iam.CreatePolicy",
          () -> c.iam.createPolicy(r -> r.policyName("p").policyDocument(permissions)));
      step(
          out,
          "iam.AttachRolePolicy",
          () ->
              c.iam.attachRolePolicy(
                  r -> r.roleName("pods").policyArn("arn:aws:iam::123456789012:policy/p")));
      step(
          out,
          "iam.ListAttachedRolePolicies",
          () -> c.iam.listAttachedRolePolicies(r -> r.roleName("pods")));
      step(out, "iam.DeleteRole.conflict", () -> c.iam.deleteRole(r -> r.roleName("pods")));
      step(
          out,
          "iam.CreateOpenIDConnectProvider",
          () ->
              c.iam.createOpenIDConnectProvider(
                  r ->
                      r.url("https://oidc.example.com/id/ABC")
                          .clientIDList("sts.amazonaws.com")
                          .thumbprintList("9e99a48a9960b14926bb7f3b02e22da2b0ab7280")));
      step(
          out,
          "iam.GetOpenIDConnectProvider",
          () ->
              c.iam.getOpenIDConnectProvider(
                  r ->
                      r.openIDConnectProviderArn(
                          "arn:aws:iam::123456789012:oidc-provider/oidc.example.com/id/ABC")));
      step(
          out,
          "iam.CreateOpenIDConnectProvider.duplicate",
          () ->
              c.iam.createOpenIDConnectProvider(
                  r ->
                      r.url("https://oidc.example.com/id/ABC")
                          .clientIDList("sts.amazonaws.com")
                          .thumbprintList("9e99a48a9960b14926bb7f3b02e22da2b0ab7280")));
      step(out, "sts.GetCallerIdentity", () -> c.sts.getCallerIdentity());
      String eksTrust = trust.replace("eks-fargate-pods.amazonaws.com", "eks.amazonaws.com");
      c.iam.createRole(r -> r.roleName("cluster").assumeRolePolicyDocument(eksTrust));
      step(
          out,
          "eks.CreateCluster",
          () ->
              c.eks.createCluster(
                  r ->
                      r.name("c1")
                          .roleArn("arn:aws:iam::123456789012:role/cluster")
                          .resourcesVpcConfig(v -> v.subnetIds(s1, s2))));
      step(out, "eks.DescribeCluster.unknown", () -> c.eks.describeCluster(r -> r.name("nope")));
      step(out, "eks.ListClusters", () -> c.eks.listClusters());
      step(
          out,
          "eks.CreateFargateProfile",
          () ->
              c.eks.createFargateProfile(
                  r ->
                      r.clusterName("c1")
                          .fargateProfileName("fp")
                          .podExecutionRoleArn("arn:aws:iam::123456789012:role/pods")
                          .subnets(s1)
                          .selectors(FargateProfileSelector.builder().namespace("ns").build())));
      step(
          out,
          "eks.DescribeFargateProfile",
          () -> c.eks.describeFargateProfile(r -> r.clusterName("c1").fargateProfileName("fp")));
      step(
          out,
          "eks.ListFargateProfiles",
          () -> c.eks.listFargateProfiles(r -> r.clusterName("c1")));
      step(
          out,
          "eks.CreateFargateProfile.noSelector",
          () ->
              c.eks.createFargateProfile(
                  r ->
                      r.clusterName("c1")
                          .fargateProfileName("fp2")
                          .podExecutionRoleArn("arn:aws:iam::123456789012:role/pods")));
      step(
          out,
          "eks.DescribeFargateProfile.unknown",
          () -> c.eks.describeFargateProfile(r -> r.clusterName("c1").fargateProfileName("nope")));
      step(
          out,
          "eks.CreateNodegroup",
          () ->
              c.eks.createNodegroup(
                  r ->
                      r.clusterName("c1")
                          .nodegroupName("ng")
                          .nodeRole("arn:aws:iam::123456789012:role/nodes")
                          .subnets(s1)
                          .scalingConfig(s -> s.minSize(1).maxSize(2).desiredSize(1))));
      step(
          out,
          "eks.DescribeNodegroup",
          () -> c.eks.describeNodegroup(r -> r.clusterName("c1").nodegroupName("ng")));
      launchTemplateSteps(c, s1, out);
      networkSteps(c, out);
    }
    return out;
  }

  /** A network built and taken apart, with the deletes that come too early. */
  static void networkSteps(Clients c, Map<String, Outcome> out) {
    String vpc = c.ec2.createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
    String subnet =
        c.ec2
            .createSubnet(r -> r.vpcId(vpc).cidrBlock("10.1.0.0/24").availabilityZone("us-west-2a"))
            .subnet()
            .subnetId();
    String igw = c.ec2.createInternetGateway().internetGateway().internetGatewayId();
    String rtb = c.ec2.createRouteTable(r -> r.vpcId(vpc)).routeTable().routeTableId();
    step(
        out,
        "ec2.CreateSubnet.conflict",
        () -> c.ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.1.0.0/25")));
    step(
        out,
        "ec2.CreateSubnet.outsideVpc",
        () -> c.ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.2.0.0/24")));
    step(
        out,
        "ec2.ModifyVpcAttribute",
        () -> c.ec2.modifyVpcAttribute(r -> r.vpcId(vpc).enableDnsHostnames(b -> b.value(true))));
    step(
        out,
        "ec2.DescribeVpcAttribute",
        () ->
            c.ec2.describeVpcAttribute(
                r -> r.vpcId(vpc).attribute(VpcAttributeName.ENABLE_DNS_HOSTNAMES)));
    step(
        out,
        "ec2.ModifySubnetAttribute",
        () ->
            c.ec2.modifySubnetAttribute(
                r -> r.subnetId(subnet).mapPublicIpOnLaunch(b -> b.value(true))));
    step(
        out,
        "ec2.AttachInternetGateway",
        () -> c.ec2.attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc)));
    step(
        out,
        "ec2.DeleteInternetGateway.attached",
        () -> c.ec2.deleteInternetGateway(r -> r.internetGatewayId(igw)));
    String eip = c.ec2.allocateAddress(r -> r.domain("vpc")).allocationId();
    step(out, "ec2.DescribeAddresses", () -> c.ec2.describeAddresses(r -> r.allocationIds(eip)));
    step(
        out,
        "ec2.DescribeAddresses.unknown",
        () -> c.ec2.describeAddresses(r -> r.allocationIds("eipalloc-0000000000000000f")));
    String nat =
        c.ec2
            .createNatGateway(r -> r.subnetId(subnet).allocationId(eip))
            .natGateway()
            .natGatewayId();
    step(
        out, "ec2.DescribeNatGateways", () -> c.ec2.describeNatGateways(r -> r.natGatewayIds(nat)));
    step(out, "ec2.ReleaseAddress.inUse", () -> c.ec2.releaseAddress(r -> r.allocationId(eip)));
    step(out, "ec2.DeleteSubnet.withNat", () -> c.ec2.deleteSubnet(r -> r.subnetId(subnet)));
    step(out, "ec2.DeleteVpc.withSubnet", () -> c.ec2.deleteVpc(r -> r.vpcId(vpc)));
    step(out, "ec2.DeleteNatGateway", () -> c.ec2.deleteNatGateway(r -> r.natGatewayId(nat)));
    step(
        out,
        "ec2.DeleteNatGateway.unknown",
        () -> c.ec2.deleteNatGateway(r -> r.natGatewayId("nat-0000000000000000f")));
    String group =
        c.ec2.createSecurityGroup(r -> r.vpcId(vpc).groupName("g").description("g")).groupId();
    IpPermission https =
        IpPermission.builder()
            .ipProtocol("tcp")
            .fromPort(443)
            .toPort(443)
            .ipRanges(x -> x.cidrIp("10.0.0.0/8"))
            .build();
    step(
        out,
        "ec2.CreateSecurityGroup.duplicate",
        () -> c.ec2.createSecurityGroup(r -> r.vpcId(vpc).groupName("g").description("g")));
    step(
        out,
        "ec2.AuthorizeSecurityGroupIngress",
        () -> c.ec2.authorizeSecurityGroupIngress(r -> r.groupId(group).ipPermissions(https)));
    step(
        out,
        "ec2.AuthorizeSecurityGroupIngress.duplicate",
        () -> c.ec2.authorizeSecurityGroupIngress(r -> r.groupId(group).ipPermissions(https)));
    step(
        out,
        "ec2.DescribeSecurityGroups",
        () -> c.ec2.describeSecurityGroups(r -> r.groupIds(group)));
    step(
        out,
        "ec2.RevokeSecurityGroupIngress",
        () -> c.ec2.revokeSecurityGroupIngress(r -> r.groupId(group).ipPermissions(https)));
    step(out, "ec2.DeleteVpc.withGroup", () -> c.ec2.deleteVpc(r -> r.vpcId(vpc)));
    step(out, "ec2.DeleteSecurityGroup", () -> c.ec2.deleteSecurityGroup(r -> r.groupId(group)));
    step(
        out,
        "ec2.DeleteSecurityGroup.unknown",
        () -> c.ec2.deleteSecurityGroup(r -> r.groupId("sg-0000000000000000f")));
    step(
        out,
        "ec2.DeleteTags",
        () -> c.ec2.deleteTags(r -> r.resources(vpc).tags(t -> t.key("Name"))));
    step(out, "ec2.DescribeAvailabilityZones", () -> c.ec2.describeAvailabilityZones());
    step(
        out,
        "ec2.DescribeNetworkAcls",
        () -> c.ec2.describeNetworkAcls(r -> r.filters(f -> f.name("vpc-id").values(vpc))));
    step(
        out,
        "ec2.DeleteRoute.unknown",
        () -> c.ec2.deleteRoute(r -> r.routeTableId(rtb).destinationCidrBlock("0.0.0.0/0")));
    step(out, "ec2.DeleteRouteTable", () -> c.ec2.deleteRouteTable(r -> r.routeTableId(rtb)));
    step(
        out,
        "ec2.DeleteRouteTable.unknown",
        () -> c.ec2.deleteRouteTable(r -> r.routeTableId(rtb)));
    step(
        out,
        "ec2.DetachInternetGateway",
        () -> c.ec2.detachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc)));
    step(
        out,
        "ec2.DeleteInternetGateway",
        () -> c.ec2.deleteInternetGateway(r -> r.internetGatewayId(igw)));
  }

  /** Launch templates, their versions, and a node group made from one. */
  static void launchTemplateSteps(Clients c, String subnet, Map<String, Outcome> out) {
    RequestLaunchTemplateData data =
        RequestLaunchTemplateData.builder()
            .imageId("ami-0abcdef1234567890")
            .securityGroupIds("sg-0123456789abcdef0")
            .blockDeviceMappings(
                b -> b.deviceName("/dev/xvda").ebs(e -> e.volumeSize(80).volumeType("gp3")))
            .metadataOptions(m -> m.httpTokens("required").httpPutResponseHopLimit(2))
            .tagSpecifications(
                LaunchTemplateTagSpecificationRequest.builder()
                    .resourceType(ResourceType.INSTANCE)
                    .tags(Tag.builder().key("Name").value("c1-ng-Node").build())
                    .build())
            .build();
    step(
        out,
        "ec2.CreateLaunchTemplate",
        () ->
            c.ec2.createLaunchTemplate(r -> r.launchTemplateName("lt1").launchTemplateData(data)));
    step(
        out,
        "ec2.CreateLaunchTemplate.duplicate",
        () ->
            c.ec2.createLaunchTemplate(r -> r.launchTemplateName("lt1").launchTemplateData(data)));
    step(
        out,
        "ec2.DescribeLaunchTemplates",
        () -> c.ec2.describeLaunchTemplates(r -> r.launchTemplateNames("lt1")));
    step(
        out,
        "ec2.DescribeLaunchTemplates.unknownName",
        () -> c.ec2.describeLaunchTemplates(r -> r.launchTemplateNames("nope")));
    step(
        out,
        "ec2.CreateLaunchTemplateVersion",
        () ->
            c.ec2.createLaunchTemplateVersion(
                r ->
                    r.launchTemplateName("lt1")
                        .sourceVersion("1")
                        .launchTemplateData(d -> d.instanceType("m5.large"))));
    step(
        out,
        "ec2.DescribeLaunchTemplateVersions",
        () -> c.ec2.describeLaunchTemplateVersions(r -> r.launchTemplateName("lt1")));
    step(
        out,
        "ec2.DescribeLaunchTemplateVersions.unknownVersion",
        () -> c.ec2.describeLaunchTemplateVersions(r -> r.launchTemplateName("lt1").versions("9")));
    step(
        out,
        "ec2.DescribeLaunchTemplateVersions.unknownName",
        () -> c.ec2.describeLaunchTemplateVersions(r -> r.launchTemplateName("nope")));
    step(
        out,
        "ec2.ModifyLaunchTemplate",
        () -> c.ec2.modifyLaunchTemplate(r -> r.launchTemplateName("lt1").defaultVersion("2")));
    step(
        out,
        "eks.CreateNodegroup.launchTemplate",
        () ->
            c.eks.createNodegroup(
                r ->
                    r.clusterName("c1")
                        .nodegroupName("ng-lt")
                        .nodeRole("arn:aws:iam::123456789012:role/nodes")
                        .subnets(subnet)
                        .launchTemplate(t -> t.name("lt1").version("1"))
                        .instanceTypes("m5.large")
                        .scalingConfig(s -> s.minSize(1).maxSize(2).desiredSize(1))));
    step(
        out,
        "eks.DescribeNodegroup.launchTemplate",
        () -> c.eks.describeNodegroup(r -> r.clusterName("c1").nodegroupName("ng-lt")));
    step(
        out,
        "ec2.DeleteLaunchTemplate",
        () -> c.ec2.deleteLaunchTemplate(r -> r.launchTemplateName("lt1")));
  }

  static void step(
      Map<String, Outcome> out, String name, java.util.function.Supplier<? extends SdkPojo> call) {
    try {
      out.put(name, new Outcome(Shapes.of(call.get()), null));
    } catch (AwsServiceException e) {
      out.put(name, new Outcome(Set.of(), e.awsErrorDetails().errorCode()));
    }
  }

  static Set<String> knownDifferences() throws IOException {
    Set<String> out = new TreeSet<>();
    try (InputStream in =
        MotoDifferentialTest.class.getResourceAsStream("/moto-known-differences.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          out.add(trimmed.split("\\s+")[0]);
        }
      }
    }
    return out;
  }

  @Test
  void sameCallsGiveTheSameShapes() throws IOException {
    Map<String, Outcome> ours = run(sandbox.endpoint());
    Map<String, Outcome> theirs = run(motoEndpoint);
    Set<String> known = knownDifferences();
    List<String> unexplained = new ArrayList<>();
    for (String step : ours.keySet()) {
      Outcome a = ours.get(step);
      Outcome b = theirs.get(step);
      compare(
          step + "!error",
          String.valueOf(a.error()),
          String.valueOf(b.error()),
          known,
          unexplained);
      for (String path : union(a.shape(), b.shape())) {
        boolean inA = a.shape().contains(path);
        boolean inB = b.shape().contains(path);
        if (inA != inB) {
          String key = step + ":" + path + (inA ? " (only sandbox)" : " (only moto)");
          if (!explained(step + ":" + path, known)) {
            unexplained.add(key);
          }
        }
      }
    }
    assertTrue(
        unexplained.isEmpty(),
        "differences from moto not in moto-known-differences.txt:\n"
            + String.join("\n", unexplained));
    assertEquals(ours.keySet(), theirs.keySet());
  }

  /** A known entry covers its path and everything under it. */
  private static boolean explained(String key, Set<String> known) {
    for (String k : known) {
      if (key.equals(k) || key.startsWith(k + ".") || key.startsWith(k + "[]")) {
        return true;
      }
    }
    return false;
  }

  private static void compare(String key, String a, String b, Set<String> known, List<String> out) {
    if (!a.equals(b) && !known.contains(key)) {
      out.add(key + " sandbox=" + a + " moto=" + b);
    }
  }

  private static TreeSet<String> union(Set<String> a, Set<String> b) {
    TreeSet<String> u = new TreeSet<>(a);
    u.addAll(b);
    return u;
  }
}

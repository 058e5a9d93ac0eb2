package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The AWS CLI (botocore, which parses more strictly than the Java SDK) against the sandbox. */
class AwsCliTest {
  static Sandbox sandbox;

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(
        onPath("aws"), "the AWS CLI ('aws') is not installed: skipping the botocore checks");
    sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop"));
  }

  @AfterAll
  static void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (new java.io.File(dir, command).canExecute()) {
        return true;
      }
    }
    return false;
  }

  static JsonNode aws(String... args) throws IOException, InterruptedException {
    String out = run(true, args);
    return JsonMapper.builder().build().readTree(out);
  }

  /** Runs a call that must fail, returning what the CLI printed (its error code among it). */
  static String awsFails(String... args) throws IOException, InterruptedException {
    return run(false, args);
  }

  private static String run(boolean succeeds, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("aws"));
    command.addAll(List.of(args));
    command.addAll(List.of("--endpoint-url", sandbox.endpoint().toString(), "--output", "json"));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(sandbox.environment());
    pb.environment().remove("AWS_ENDPOINT_URL");
    pb.environment().put("AWS_DEFAULT_REGION", sandbox.region());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "aws did not finish");
    // CLI v1 exits 255 on a service error, v2 254.
    assertEquals(
        succeeds,
        p.exitValue() == 0,
        "aws " + String.join(" ", args) + " exited " + p.exitValue() + ":\n" + out);
    return out;
  }

  @Test
  void describeClusterParses() throws Exception {
    JsonNode cluster =
        aws("eks", "describe-cluster", "--name", "eksworkshop-eksctl").get("cluster");
    assertEquals("ACTIVE", cluster.get("status").asString());
    assertEquals(
        "vpc-0e5ab3c2f1d4e6a70", cluster.get("resourcesVpcConfig").get("vpcId").asString());
  }

  @Test
  void getRoleParsesAndDecodesTheTrustPolicy() throws Exception {
    JsonNode role =
        aws(
                "iam",
                "get-role",
                "--role-name",
                "eksctl-eksworkshop-eksctl-cluster-ServiceRole-1A2B3C4D5E6F")
            .get("Role");
    assertEquals(
        "eks.amazonaws.com",
        role.get("AssumeRolePolicyDocument")
            .get("Statement")
            .get(0)
            .get("Principal")
            .get("Service")
            .asString());
  }

  @Test
  void describeSubnetsParses() throws Exception {
    JsonNode subnets =
        aws("ec2", "describe-subnets", "--filters", "Name=vpc-id,Values=vpc-0e5ab3c2f1d4e6a70")
            .get("Subnets");
    assertEquals(6, subnets.size());
  }

  @Test
  void launchTemplatesParse() throws Exception {
    JsonNode created =
        aws(
                "ec2",
                "create-launch-template",
                "--launch-template-name",
                "cli-lt",
                "--launch-template-data",
                "{\"ImageId\":\"ami-0abcdef1234567890\",\"BlockDeviceMappings\":[{\"DeviceName\":"
                    + "\"/dev/xvda\",\"Ebs\":{\"VolumeSize\":80,\"VolumeType\":\"gp3\"}}],"
                    + "\"MetadataOptions\":{\"HttpTokens\":\"required\"},\"TagSpecifications\":"
                    + "[{\"ResourceType\":\"instance\",\"Tags\":[{\"Key\":\"Name\",\"Value\":\"n\"}]}]}")
            .get("LaunchTemplate");
    assertEquals(1, created.get("LatestVersionNumber").asInt());
    JsonNode data =
        aws("ec2", "describe-launch-template-versions", "--launch-template-name", "cli-lt")
            .get("LaunchTemplateVersions")
            .get(0)
            .get("LaunchTemplateData");
    assertEquals(80, data.get("BlockDeviceMappings").get(0).get("Ebs").get("VolumeSize").asInt());
    assertEquals("required", data.get("MetadataOptions").get("HttpTokens").asString());
    assertEquals(
        "n", data.get("TagSpecifications").get(0).get("Tags").get(0).get("Value").asString());
    assertEquals(
        "cli-lt",
        aws("ec2", "describe-launch-templates")
            .get("LaunchTemplates")
            .get(0)
            .get("LaunchTemplateName")
            .asString());
  }

  @Test
  void stsAndFargateListParse() throws Exception {
    assertEquals("123456789012", aws("sts", "get-caller-identity").get("Account").asString());
    assertEquals(
        0,
        aws("eks", "list-fargate-profiles", "--cluster-name", "eksworkshop-eksctl")
            .get("fargateProfileNames")
            .size());
  }

  @Test
  void networkLifecycleParses() throws Exception {
    String vpc =
        aws("ec2", "create-vpc", "--cidr-block", "10.9.0.0/16").get("Vpc").get("VpcId").asString();
    aws("ec2", "modify-vpc-attribute", "--vpc-id", vpc, "--enable-dns-hostnames");
    assertTrue(
        aws("ec2", "describe-vpc-attribute", "--vpc-id", vpc, "--attribute", "enableDnsHostnames")
            .get("EnableDnsHostnames")
            .get("Value")
            .asBoolean());
    String subnet =
        aws(
                "ec2",
                "create-subnet",
                "--vpc-id",
                vpc,
                "--cidr-block",
                "10.9.0.0/24",
                "--availability-zone",
                "us-west-2a")
            .get("Subnet")
            .get("SubnetId")
            .asString();
    String eip = aws("ec2", "allocate-address", "--domain", "vpc").get("AllocationId").asString();
    String nat =
        aws("ec2", "create-nat-gateway", "--subnet-id", subnet, "--allocation-id", eip)
            .get("NatGateway")
            .get("NatGatewayId")
            .asString();
    assertEquals(
        eip,
        aws("ec2", "describe-nat-gateways", "--nat-gateway-ids", nat)
            .get("NatGateways")
            .get(0)
            .get("NatGatewayAddresses")
            .get(0)
            .get("AllocationId")
            .asString());
    String group =
        aws(
                "ec2",
                "create-security-group",
                "--vpc-id",
                vpc,
                "--group-name",
                "cli",
                "--description",
                "from the CLI")
            .get("GroupId")
            .asString();
    aws(
        "ec2",
        "authorize-security-group-ingress",
        "--group-id",
        group,
        "--protocol",
        "tcp",
        "--port",
        "443",
        "--cidr",
        "10.0.0.0/8");
    assertEquals(
        443,
        aws("ec2", "describe-security-groups", "--group-ids", group)
            .get("SecurityGroups")
            .get(0)
            .get("IpPermissions")
            .get(0)
            .get("FromPort")
            .asInt());
    assertTrue(aws("ec2", "describe-availability-zones").get("AvailabilityZones").size() >= 3);
    assertTrue(awsFails("ec2", "delete-vpc", "--vpc-id", vpc).contains("(DependencyViolation)"));
    assertTrue(
        awsFails("ec2", "release-address", "--allocation-id", eip)
            .contains("(InvalidIPAddress.InUse)"));
    aws("ec2", "delete-nat-gateway", "--nat-gateway-id", nat);
    aws("ec2", "delete-security-group", "--group-id", group);
  }
}

package io.eksform.sandbox.scenario;

import java.util.List;
import java.util.Map;

/**
 * The built-in scenarios, written as values rather than YAML so that start-up needs no YAML parser
 * and no data binding (the YAML format is for users' own scenario files).
 */
final class BuiltInScenarios {
  static final String ACCOUNT = "123456789012";
  static final String REGION = "us-west-2";

  /** Every built-in scenario name, in the order help texts list them. */
  static final List<String> NAMES =
      List.of("empty", "eksworkshop", "eksworkshop-eksctl-done", "eksctl-created");

  private BuiltInScenarios() {}

  static ScenarioSpec byName(String name) {
    return switch (name) {
      case "empty" -> new ScenarioSpec(ACCOUNT, REGION, null, null, null, null, null, null, null);
      case "eksworkshop" -> eksworkshop();
      case "eksworkshop-eksctl-done" -> EksworkshopDoneScenario.spec();
      case "eksctl-created" -> EksctlCreatedScenario.spec();
      default -> throw new IllegalArgumentException("no built-in scenario " + name);
    };
  }

  /**
   * The starting point of the EKS workshop's Fargate chapter: cluster eksworkshop-eksctl, ACTIVE,
   * Kubernetes 1.32, in a VPC with three public and three private subnets across three zones, no
   * OIDC provider, no Fargate profiles, and the customer managed policy
   * ProdEnvoyNamespaceIAMPolicy.
   */
  static ScenarioSpec eksworkshop() {
    String vpc = "vpc-0e5ab3c2f1d4e6a70";
    String prefix = "eksctl-eksworkshop-eksctl-cluster/Subnet";
    List<ScenarioSpec.SubnetSpec> subnets =
        List.of(
            subnet("subnet-0a11111111111111a", "192.168.0.0/19", "a", true, prefix),
            subnet("subnet-0b22222222222222b", "192.168.32.0/19", "b", true, prefix),
            subnet("subnet-0c33333333333333c", "192.168.64.0/19", "c", true, prefix),
            subnet("subnet-0d44444444444444d", "192.168.96.0/19", "a", false, prefix),
            subnet("subnet-0e55555555555555e", "192.168.128.0/19", "b", false, prefix),
            subnet("subnet-0f66666666666666f", "192.168.160.0/19", "c", false, prefix));
    ScenarioSpec.VpcSpec network =
        new ScenarioSpec.VpcSpec(
            vpc,
            null,
            "192.168.0.0/16",
            Map.of(
                "Name", "eksctl-eksworkshop-eksctl-cluster/VPC",
                "alpha.eksctl.io/cluster-name", "eksworkshop-eksctl"),
            "igw-0a1b2c3d4e5f60718",
            null,
            null,
            subnets,
            List.of(
                new ScenarioSpec.NatSpec(
                    "nat-0f1e2d3c4b5a69788", "subnet-0a11111111111111a", null)));
    String serviceRole = "eksctl-eksworkshop-eksctl-cluster-ServiceRole-1A2B3C4D5E6F";
    ScenarioSpec.ClusterSpec cluster =
        new ScenarioSpec.ClusterSpec(
            "eksworkshop-eksctl",
            null,
            "1.32",
            "ACTIVE",
            vpc,
            null,
            List.of("sg-0c0ffee0c0ffee001"),
            null,
            "arn:aws:iam::" + ACCOUNT + ":role/" + serviceRole,
            "5E1A7C0B9D2F4E6A8C1B3D5F7A9E2C4B",
            null,
            Map.of(
                "alpha.eksctl.io/cluster-name", "eksworkshop-eksctl",
                "eksctl.cluster.k8s.io/v1alpha1/cluster-name", "eksworkshop-eksctl"),
            null,
            null,
            null,
            null);
    ScenarioSpec.RoleSpec role =
        new ScenarioSpec.RoleSpec(
            serviceRole,
            null,
            null,
            ("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"eks.amazonaws.com\"},"
                + "\"Action\":\"sts:AssumeRole\"}]}"),
            List.of(
                "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy",
                "arn:aws:iam::aws:policy/AmazonEKSVPCResourceController"),
            null,
            null);
    ScenarioSpec.PolicySpec policy =
        new ScenarioSpec.PolicySpec(
            "ProdEnvoyNamespaceIAMPolicy",
            null,
            "Envoy proxies of the product catalog send traces, logs and mesh configuration reads.",
            ("{\"Version\":\"2012-10-17\",\"Statement\":["
                + statement("\"appmesh:StreamAggregatedResources\"")
                + ","
                + statement(
                    "\"acm:ExportCertificate\",\"acm-pca:GetCertificateAuthorityCertificate\"")
                + ","
                + statement(
                    "\"logs:CreateLogStream\",\"logs:CreateLogGroup\","
                        + "\"logs:DescribeLogStreams\",\"logs:PutLogEvents\"")
                + ","
                + statement(
                    "\"xray:PutTraceSegments\",\"xray:PutTelemetryRecords\","
                        + "\"xray:GetSamplingRules\",\"xray:GetSamplingTargets\","
                        + "\"xray:GetSamplingStatisticSummaries\"")
                + "]}"));
    return new ScenarioSpec(
        ACCOUNT,
        REGION,
        List.of(network),
        null,
        List.of(cluster),
        List.of(role),
        List.of(policy),
        null,
        null);
  }

  private static String statement(String actions) {
    return "{\"Effect\":\"Allow\",\"Action\":[" + actions + "],\"Resource\":[\"*\"]}";
  }

  private static ScenarioSpec.SubnetSpec subnet(
      String id, String cidr, String zoneLetter, boolean isPublic, String namePrefix) {
    String zone = REGION + zoneLetter;
    String name =
        namePrefix + (isPublic ? "Public" : "Private") + "USWEST2" + zoneLetter.toUpperCase();
    return new ScenarioSpec.SubnetSpec(
        id,
        cidr,
        zone,
        isPublic,
        null,
        Map.of(
            "Name",
            name,
            isPublic ? "kubernetes.io/role/elb" : "kubernetes.io/role/internal-elb",
            "1"),
        null);
  }
}

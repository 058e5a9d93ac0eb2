package io.eksform.engine.plan;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The IAM trust policies eksform writes, and a comparison that ignores formatting. */
public final class TrustPolicies {
  public static final String FARGATE_POLICY_ARN =
      "arn:aws:iam::aws:policy/AmazonEKSFargatePodExecutionRolePolicy";
  private static final String STS_AUDIENCE = "sts.amazonaws.com";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private TrustPolicies() {}

  /** IRSA: the cluster's OIDC provider may assume the role for exactly one service account. */
  public static ObjectNode serviceAccount(
      String account, String issuerHostPath, String namespace, String name) {
    ObjectNode equals = Json.object();
    equals.put(issuerHostPath + ":sub", subject(namespace, name));
    equals.put(issuerHostPath + ":aud", STS_AUDIENCE);
    ObjectNode condition = Json.object();
    condition.set("StringEquals", equals);
    return webIdentity(account, issuerHostPath, condition);
  }

  /**
   * IRSA for every service account of {@code namespace} whose name matches {@code pattern} ({@code
   * *} and {@code ?} as IAM's StringLike reads them), as eksctl writes it for {@code
   * subjectPattern}: the subject with StringLike, the audience still with StringEquals.
   */
  public static ObjectNode serviceAccountPattern(
      String account, String issuerHostPath, String namespace, String pattern) {
    ObjectNode condition = Json.object();
    condition.putObject("StringLike").put(issuerHostPath + ":sub", subject(namespace, pattern));
    condition.putObject("StringEquals").put(issuerHostPath + ":aud", STS_AUDIENCE);
    return webIdentity(account, issuerHostPath, condition);
  }

  /**
   * IRSA bound to the audience only: any service account of the cluster may assume the role. eksctl
   * writes this for an add-on whose service account it does not know.
   */
  public static ObjectNode anyServiceAccount(String account, String issuerHostPath) {
    ObjectNode condition = Json.object();
    condition.putObject("StringEquals").put(issuerHostPath + ":aud", STS_AUDIENCE);
    return webIdentity(account, issuerHostPath, condition);
  }

  private static String subject(String namespace, String name) {
    return "system:serviceaccount:" + namespace + ":" + name;
  }

  private static ObjectNode webIdentity(
      String account, String issuerHostPath, ObjectNode condition) {
    ObjectNode statement = Json.object();
    statement.put("Effect", "Allow");
    statement
        .putObject("Principal")
        .put("Federated", "arn:aws:iam::" + account + ":oidc-provider/" + issuerHostPath);
    statement.put("Action", "sts:AssumeRoleWithWebIdentity");
    statement.set("Condition", condition);
    return document(statement);
  }

  /** Fargate: EKS may assume the role for pods of this cluster's profiles only. */
  public static ObjectNode podExecution(String account, String region, String cluster) {
    ObjectNode statement = Json.object();
    statement.put("Effect", "Allow");
    statement.putObject("Principal").put("Service", "eks-fargate-pods.amazonaws.com");
    statement.put("Action", "sts:AssumeRole");
    statement
        .putObject("Condition")
        .putObject("ArnLike")
        .put(
            "aws:SourceArn",
            "arn:aws:eks:" + region + ":" + account + ":fargateprofile/" + cluster + "/*");
    return document(statement);
  }

  /**
   * The cluster role: EKS may assume it and tag its sessions (eksctl's trust policy for the
   * cluster's service role).
   */
  public static ObjectNode cluster() {
    ObjectNode statement = Json.object();
    statement.put("Effect", "Allow");
    statement.putObject("Principal").put("Service", "eks.amazonaws.com");
    statement.set("Action", Json.strings(java.util.List.of("sts:AssumeRole", "sts:TagSession")));
    return document(statement);
  }

  /** The AWS managed policies of the cluster role, as eksctl attaches them. */
  public static final java.util.List<String> CLUSTER_POLICY_ARNS =
      java.util.List.of(
          "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy",
          "arn:aws:iam::aws:policy/AmazonEKSVPCResourceController");

  /** Managed node groups: EC2 instances may assume the role. */
  public static ObjectNode node() {
    ObjectNode statement = Json.object();
    statement.put("Effect", "Allow");
    statement.putObject("Principal").put("Service", "ec2.amazonaws.com");
    statement.put("Action", "sts:AssumeRole");
    return document(statement);
  }

  /** The AWS managed policies a node role carries. */
  public static final java.util.List<String> NODE_POLICY_ARNS =
      java.util.List.of(
          "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
          "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
          "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy");

  private static ObjectNode document(ObjectNode statement) {
    ObjectNode doc = Json.object();
    doc.put("Version", "2012-10-17");
    ArrayNode statements = doc.putArray("Statement");
    statements.add(statement);
    return doc;
  }

  /** A policy document parsed and normalised (one-element lists become scalars), or null. */
  public static JsonNode parse(String text) {
    if (text == null || text.isBlank()) {
      return Json.NONE;
    }
    try {
      return normalise(MAPPER.readTree(text));
    } catch (RuntimeException e) {
      return Json.NODES.stringNode(text);
    }
  }

  public static JsonNode normalise(JsonNode node) {
    if (node.isArray()) {
      if (node.size() == 1 && !node.get(0).isContainer()) {
        return node.get(0);
      }
      ArrayNode out = Json.NODES.arrayNode();
      node.forEach(n -> out.add(normalise(n)));
      return out;
    }
    if (node.isObject()) {
      ObjectNode out = Json.object();
      node.properties().forEach(e -> out.set(e.getKey(), normalise(e.getValue())));
      return out;
    }
    return node;
  }
}

package io.eksform.sandbox.scenario;

import static io.eksform.sandbox.scenario.BuiltInScenarios.ACCOUNT;
import static io.eksform.sandbox.scenario.BuiltInScenarios.REGION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code eksworkshop} account after the workshop's "Add Fargate Profile" commands ran with
 * eksctl: {@code eksctl utils associate-iam-oidc-provider} (the cluster's IAM OIDC provider),
 * {@code kubectl create namespace prodcatalog-ns}, {@code eksctl create iamserviceaccount} (the
 * IRSA role of stack {@code eksctl-eksworkshop-eksctl-addon-iamserviceaccount-prodcatalog-ns-
 * prodcatalog-envoy-proxies} with ProdEnvoyNamespaceIAMPolicy, and the annotated service account)
 * and {@code eksctl create fargateprofile} (the pod execution role of stack {@code
 * eksctl-eksworkshop-eksctl-fargate} and the ACTIVE profile fargate-productcatalog on the three
 * private subnets).
 */
final class EksworkshopDoneScenario {
  static final String CLUSTER = "eksworkshop-eksctl";
  static final String ISSUER =
      "oidc.eks." + REGION + ".amazonaws.com/id/5E1A7C0B9D2F4E6A8C1B3D5F7A9E2C4B";
  static final String NAMESPACE = "prodcatalog-ns";
  static final String SERVICE_ACCOUNT = "prodcatalog-envoy-proxies";
  static final String IRSA_STACK =
      "eksctl-" + CLUSTER + "-addon-iamserviceaccount-" + NAMESPACE + "-" + SERVICE_ACCOUNT;
  static final String IRSA_ROLE =
      EksctlConventions.physicalName(IRSA_STACK, "Role1", "1PWNQ4AJFMVBF");
  static final String FARGATE_STACK = "eksctl-" + CLUSTER + "-fargate";
  static final String FARGATE_ROLE =
      EksctlConventions.physicalName(FARGATE_STACK, "FargatePodExecutionRole", "JPQ56PZ7R9NL");

  private EksworkshopDoneScenario() {}

  static ScenarioSpec spec() {
    ScenarioSpec base = BuiltInScenarios.eksworkshop();
    String irsaArn = "arn:aws:iam::" + ACCOUNT + ":role/" + IRSA_ROLE;
    String fargateArn = "arn:aws:iam::" + ACCOUNT + ":role/" + FARGATE_ROLE;
    List<ScenarioSpec.RoleSpec> roles = new ArrayList<>(base.roles());
    roles.add(
        new ScenarioSpec.RoleSpec(
            IRSA_ROLE,
            null,
            null,
            irsaTrustPolicy(),
            List.of("arn:aws:iam::" + ACCOUNT + ":policy/ProdEnvoyNamespaceIAMPolicy"),
            null,
            EksctlConventions.tags(
                EksctlConventions.stackTags(CLUSTER),
                Map.of(EksctlConventions.SERVICE_ACCOUNT_TAG, NAMESPACE + "/" + SERVICE_ACCOUNT))));
    roles.add(
        new ScenarioSpec.RoleSpec(
            FARGATE_ROLE,
            null,
            null,
            fargateTrustPolicy(),
            List.of("arn:aws:iam::aws:policy/AmazonEKSFargatePodExecutionRolePolicy"),
            null,
            EksctlConventions.tags(
                EksctlConventions.stackTags(CLUSTER),
                EksctlConventions.nameTag(FARGATE_STACK, "FargatePodExecutionRole"))));
    ScenarioSpec.OidcSpec oidc =
        new ScenarioSpec.OidcSpec(
            "https://" + ISSUER,
            List.of("sts.amazonaws.com"),
            null,
            Map.of(
                EksctlConventions.CLUSTER_NAME_TAG,
                CLUSTER,
                EksctlConventions.VERSION_TAG,
                EksctlConventions.VERSION));
    ScenarioSpec.FargateProfileSpec profile =
        new ScenarioSpec.FargateProfileSpec(
            "fargate-productcatalog",
            fargateArn,
            List.of(
                "subnet-0d44444444444444d", "subnet-0e55555555555555e", "subnet-0f66666666666666f"),
            List.of(new ScenarioSpec.SelectorSpec(NAMESPACE, Map.of("app", "prodcatalog"))),
            null,
            "ACTIVE");
    ScenarioSpec.KubernetesSpec objects =
        new ScenarioSpec.KubernetesSpec(
            List.of(new ScenarioSpec.NamespaceSpec(NAMESPACE, null)),
            List.of(
                new ScenarioSpec.ServiceAccountSpec(
                    NAMESPACE,
                    SERVICE_ACCOUNT,
                    Map.of("app.kubernetes.io/managed-by", "eksctl"),
                    Map.of("eks.amazonaws.com/role-arn", irsaArn))));
    ScenarioSpec.ClusterSpec cluster =
        base.clusters().get(0).withContents(List.of(profile), null, null, objects);
    return new ScenarioSpec(
        base.account(),
        base.region(),
        base.vpcs(),
        base.securityGroups(),
        List.of(cluster),
        roles,
        base.policies(),
        List.of(oidc),
        null);
  }

  /**
   * eksctl's IRSA trust policy: the cluster's OIDC provider may assume the role for this one
   * service account with audience sts.amazonaws.com (keys sorted, as eksctl's JSON encoder writes
   * them).
   */
  static String irsaTrustPolicy() {
    return "{\"Statement\":[{\"Action\":[\"sts:AssumeRoleWithWebIdentity\"],"
        + "\"Condition\":{\"StringEquals\":{\""
        + ISSUER
        + ":aud\":\"sts.amazonaws.com\",\""
        + ISSUER
        + ":sub\":\"system:serviceaccount:"
        + NAMESPACE
        + ":"
        + SERVICE_ACCOUNT
        + "\"}},\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"arn:aws:iam::"
        + ACCOUNT
        + ":oidc-provider/"
        + ISSUER
        + "\"}}],\"Version\":\"2012-10-17\"}";
  }

  /** eksctl's Fargate pod execution trust policy, limited to this cluster's profiles. */
  static String fargateTrustPolicy() {
    return "{\"Statement\":[{\"Action\":[\"sts:AssumeRole\"],"
        + "\"Condition\":{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:eks:"
        + REGION
        + ":"
        + ACCOUNT
        + ":fargateprofile/"
        + CLUSTER
        + "/*\"}},\"Effect\":\"Allow\","
        + "\"Principal\":{\"Service\":[\"eks-fargate-pods.amazonaws.com\"]}}],"
        + "\"Version\":\"2012-10-17\"}";
  }
}

package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.eks.model.FargateProfile;
import software.amazon.awssdk.services.eks.model.FargateProfileStatus;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The eksworkshop-eksctl-done scenario holds what the workshop's eksctl commands leave behind, read
 * back through the AWS SDK clients and the cluster's Kubernetes API.
 */
class EksworkshopDoneScenarioTest {
  static final String CLUSTER = "eksworkshop-eksctl";
  static final String ISSUER =
      "oidc.eks.us-west-2.amazonaws.com/id/5E1A7C0B9D2F4E6A8C1B3D5F7A9E2C4B";
  static final String IRSA_ROLE =
      "eksctl-eksworkshop-eksctl-addon-iamserviceac-Role1-1PWNQ4AJFMVBF";
  static final String FARGATE_ROLE =
      "eksctl-eksworkshop-eksctl-FargatePodExecutionRole-JPQ56PZ7R9NL";
  static final String ACCOUNT = "123456789012";

  @RegisterExtension
  final ScenarioSandbox env = ScenarioSandbox.realTime("eksworkshop-eksctl-done");

  Role role(String name) {
    return env.clients.iam.getRole(r -> r.roleName(name)).role();
  }

  Map<String, String> tags(String role) {
    return env.clients.iam.listRoleTags(r -> r.roleName(role)).tags().stream()
        .collect(Collectors.toMap(Tag::key, Tag::value));
  }

  List<String> attached(String role) {
    return env
        .clients
        .iam
        .listAttachedRolePolicies(r -> r.roleName(role))
        .attachedPolicies()
        .stream()
        .map(AttachedPolicy::policyArn)
        .toList();
  }

  static JsonNode trust(Role role) {
    return JsonMapper.builder()
        .build()
        .readTree(URLDecoder.decode(role.assumeRolePolicyDocument(), StandardCharsets.UTF_8));
  }

  @Test
  void theClusterHasItsOidcProvider() {
    String arn = "arn:aws:iam::" + ACCOUNT + ":oidc-provider/" + ISSUER;
    assertEquals(
        List.of(arn),
        env.clients.iam.listOpenIDConnectProviders().openIDConnectProviderList().stream()
            .map(p -> p.arn())
            .toList());
    var provider = env.clients.iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn));
    assertEquals(ISSUER, provider.url());
    assertEquals(List.of("sts.amazonaws.com"), provider.clientIDList());
    assertTrue(
        provider.tags().stream()
            .anyMatch(
                t -> t.key().equals("alpha.eksctl.io/cluster-name") && t.value().equals(CLUSTER)),
        "eksctl tags the provider it makes");
    assertEquals(
        "https://" + ISSUER,
        env.clients.eks.describeCluster(r -> r.name(CLUSTER)).cluster().identity().oidc().issuer());
  }

  @Test
  void theServiceAccountRoleIsEksctls() {
    Role role = role(IRSA_ROLE);
    Map<String, String> tags = tags(IRSA_ROLE);
    assertEquals(CLUSTER, tags.get("alpha.eksctl.io/cluster-name"));
    assertEquals(CLUSTER, tags.get("eksctl.cluster.k8s.io/v1alpha1/cluster-name"));
    assertEquals(
        "prodcatalog-ns/prodcatalog-envoy-proxies",
        tags.get("alpha.eksctl.io/iamserviceaccount-name"));
    assertTrue(tags.containsKey("alpha.eksctl.io/eksctl-version"));
    assertTrue(
        tags.keySet().stream().noneMatch(k -> k.startsWith("aws:")),
        "CloudFormation does not tag IAM roles with aws:cloudformation:*");
    JsonNode statement = trust(role).get("Statement").get(0);
    assertEquals("sts:AssumeRoleWithWebIdentity", statement.get("Action").get(0).asString());
    assertEquals(
        "arn:aws:iam::" + ACCOUNT + ":oidc-provider/" + ISSUER,
        statement.get("Principal").get("Federated").asString());
    JsonNode equals = statement.get("Condition").get("StringEquals");
    assertEquals("sts.amazonaws.com", equals.get(ISSUER + ":aud").asString());
    assertEquals(
        "system:serviceaccount:prodcatalog-ns:prodcatalog-envoy-proxies",
        equals.get(ISSUER + ":sub").asString());
    assertEquals(
        List.of("arn:aws:iam::" + ACCOUNT + ":policy/ProdEnvoyNamespaceIAMPolicy"),
        attached(IRSA_ROLE));
  }

  @Test
  void thePodExecutionRoleAndProfileAreEksctls() {
    JsonNode statement = trust(role(FARGATE_ROLE)).get("Statement").get(0);
    assertEquals(
        "eks-fargate-pods.amazonaws.com",
        statement.get("Principal").get("Service").get(0).asString());
    assertEquals(
        List.of("arn:aws:iam::aws:policy/AmazonEKSFargatePodExecutionRolePolicy"),
        attached(FARGATE_ROLE));
    Map<String, String> tags = tags(FARGATE_ROLE);
    assertEquals(CLUSTER, tags.get("alpha.eksctl.io/cluster-name"));
    assertEquals("eksctl-eksworkshop-eksctl-fargate/FargatePodExecutionRole", tags.get("Name"));
    FargateProfile profile =
        env.clients
            .eks
            .describeFargateProfile(
                r -> r.clusterName(CLUSTER).fargateProfileName("fargate-productcatalog"))
            .fargateProfile();
    assertEquals(FargateProfileStatus.ACTIVE, profile.status());
    assertEquals(
        "arn:aws:iam::" + ACCOUNT + ":role/" + FARGATE_ROLE, profile.podExecutionRoleArn());
    assertEquals(
        List.of("subnet-0d44444444444444d", "subnet-0e55555555555555e", "subnet-0f66666666666666f"),
        profile.subnets());
    assertEquals("prodcatalog-ns", profile.selectors().get(0).namespace());
    assertEquals(Map.of("app", "prodcatalog"), profile.selectors().get(0).labels());
  }

  @Test
  void theNamespaceAndServiceAccountAreInTheCluster() {
    try (KubernetesClient k8s = ClusterKubernetes.client(env.clients, CLUSTER)) {
      assertEquals(
          "prodcatalog-ns",
          k8s.namespaces().withName("prodcatalog-ns").get().getMetadata().getName());
      ServiceAccount account =
          k8s.serviceAccounts()
              .inNamespace("prodcatalog-ns")
              .withName("prodcatalog-envoy-proxies")
              .get();
      assertEquals(
          Map.of("app.kubernetes.io/managed-by", "eksctl"), account.getMetadata().getLabels());
      assertEquals(
          "arn:aws:iam::" + ACCOUNT + ":role/" + IRSA_ROLE,
          account.getMetadata().getAnnotations().get("eks.amazonaws.com/role-arn"));
    }
  }

  @Test
  void theSeededObjectsAreKeptInTheStateFile(@TempDir Path dir) {
    SandboxOptions options =
        SandboxOptions.defaults()
            .withScenario("eksworkshop-eksctl-done")
            .withStateFile(dir.resolve("state.json"));
    try (Sandbox first = Sandbox.start(options)) {
      assertTrue(first.port() > 0);
    }
    try (Sandbox second = Sandbox.start(options.withScenario("empty"));
        Clients clients = new Clients(second.endpoint());
        KubernetesClient k8s = ClusterKubernetes.client(clients, CLUSTER)) {
      assertEquals(
          "eksctl",
          k8s.serviceAccounts()
              .inNamespace("prodcatalog-ns")
              .withName("prodcatalog-envoy-proxies")
              .get()
              .getMetadata()
              .getLabels()
              .get("app.kubernetes.io/managed-by"));
      assertEquals(
          1,
          clients
              .eks
              .listFargateProfiles(r -> r.clusterName(CLUSTER))
              .fargateProfileNames()
              .size());
    }
  }
}

package io.eksform.sandbox.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fabric8 client, as the engine uses it, against the API server over HTTP. */
class Fabric8ClientTest {
  private static final String CLUSTER = "eksworkshop-eksctl";
  private static final String ROLE_ARN_KEY = "eks.amazonaws.com/role-arn";
  private static final String ROLE_ARN = "arn:aws:iam::123456789012:role/prodcatalog-envoy";

  private TestServer server;
  private KubernetesClient client;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.withCluster(CLUSTER);
    client = client(Tokens.forCluster(CLUSTER));
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private KubernetesClient client(String token) {
    Config config =
        new ConfigBuilder(Config.empty())
            .withMasterUrl(server.endpoint(CLUSTER))
            .withOauthToken(token)
            .withRequestRetryBackoffLimit(0)
            .build();
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  private static Namespace namespace(String name, Map<String, String> labels) {
    return new NamespaceBuilder()
        .withNewMetadata()
        .withName(name)
        .withLabels(labels)
        .endMetadata()
        .build();
  }

  private static ServiceAccount serviceAccount(String namespace, String name) {
    return new ServiceAccountBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(namespace)
        .addToAnnotations(ROLE_ARN_KEY, ROLE_ARN)
        .addToLabels("app.kubernetes.io/managed-by", "eksform")
        .endMetadata()
        .build();
  }

  private static List<String> names(List<? extends HasMetadata> items) {
    return items.stream().map(item -> item.getMetadata().getName()).sorted().toList();
  }

  @Test
  void seededClusterHasTheFourNamespacesEachWithItsDefaultServiceAccount() {
    assertEquals(
        List.of("default", "kube-node-lease", "kube-public", "kube-system"),
        names(client.namespaces().list().getItems()));
    assertEquals(
        List.of("default", "default", "default", "default"),
        names(client.serviceAccounts().inAnyNamespace().list().getItems()));
    assertEquals("v1.32.0-eks-sandbox", client.getKubernetesVersion().getGitVersion());
  }

  @Test
  void createsGetsAndListsANamespaceAndAnAnnotatedServiceAccount() {
    Namespace created =
        client.namespaces().resource(namespace("prodcatalog-ns", Map.of())).create();
    assertEquals("Active", created.getStatus().getPhase());
    assertNotNull(created.getMetadata().getUid());
    assertEquals(
        "prodcatalog-ns", created.getMetadata().getLabels().get("kubernetes.io/metadata.name"));

    ServiceAccount account =
        client
            .serviceAccounts()
            .resource(serviceAccount("prodcatalog-ns", "prodcatalog-envoy-proxies"))
            .create();
    assertEquals(ROLE_ARN, account.getMetadata().getAnnotations().get(ROLE_ARN_KEY));

    ServiceAccount fetched =
        client
            .serviceAccounts()
            .inNamespace("prodcatalog-ns")
            .withName("prodcatalog-envoy-proxies")
            .get();
    assertEquals(account.getMetadata().getUid(), fetched.getMetadata().getUid());
    assertEquals(ROLE_ARN, fetched.getMetadata().getAnnotations().get(ROLE_ARN_KEY));
    assertEquals(
        List.of("default", "prodcatalog-envoy-proxies"),
        names(client.serviceAccounts().inNamespace("prodcatalog-ns").list().getItems()));
    assertNull(client.serviceAccounts().inNamespace("prodcatalog-ns").withName("absent").get());
  }

  @Test
  void listsWithLabelSelectors() {
    client.namespaces().resource(namespace("team-a", Map.of("team", "a", "tier", "web"))).create();
    client.namespaces().resource(namespace("team-b", Map.of("team", "b"))).create();
    client.namespaces().resource(namespace("plain", Map.of())).create();

    assertEquals(
        List.of("team-a"), names(client.namespaces().withLabel("team", "a").list().getItems()));
    assertEquals(
        List.of("team-a", "team-b"),
        names(client.namespaces().withLabel("team").list().getItems()));
    assertEquals(
        List.of("team-b"),
        names(client.namespaces().withLabel("team").withoutLabel("team", "a").list().getItems()));
    assertEquals(
        List.of("team-a", "team-b"),
        names(client.namespaces().withLabelIn("team", "a", "b", "c").list().getItems()));
    assertEquals(
        List.of("default", "kube-node-lease", "kube-public", "kube-system", "plain"),
        names(client.namespaces().withoutLabel("team").list().getItems()));
    assertEquals(
        List.of("plain"),
        names(
            client
                .namespaces()
                .withLabel("kubernetes.io/metadata.name", "plain")
                .list()
                .getItems()));
  }

  @Test
  void editAndPatchChangeAnnotationsAndBumpTheResourceVersion() {
    client.namespaces().resource(namespace("prodcatalog-ns", Map.of())).create();
    ServiceAccount created =
        client.serviceAccounts().resource(serviceAccount("prodcatalog-ns", "envoy")).create();
    var account = client.serviceAccounts().inNamespace("prodcatalog-ns").withName("envoy");

    ServiceAccount edited =
        account.edit(
            sa ->
                new ServiceAccountBuilder(sa)
                    .editMetadata()
                    .addToAnnotations("owner", "catalog")
                    .endMetadata()
                    .build());
    assertEquals("catalog", edited.getMetadata().getAnnotations().get("owner"));
    assertTrue(version(edited) > version(created));

    ServiceAccount merged =
        account.patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"metadata\":{\"annotations\":{\"owner\":null,\""
                + ROLE_ARN_KEY
                + "\":\"arn:aws:iam::123456789012:role/other\"}}}");
    assertFalse(merged.getMetadata().getAnnotations().containsKey("owner"));
    assertEquals(
        "arn:aws:iam::123456789012:role/other",
        merged.getMetadata().getAnnotations().get(ROLE_ARN_KEY));

    ServiceAccount strategic =
        account.patch(
            PatchContext.of(PatchType.STRATEGIC_MERGE),
            "{\"metadata\":{\"labels\":{\"tier\":\"mesh\"}}}");
    assertEquals("mesh", strategic.getMetadata().getLabels().get("tier"));
    assertEquals(
        "eksform", strategic.getMetadata().getLabels().get("app.kubernetes.io/managed-by"));

    ServiceAccount jsonPatched =
        account.patch(
            PatchContext.of(PatchType.JSON),
            "[{\"op\":\"remove\",\"path\":\"/metadata/labels/tier\"}]");
    assertFalse(jsonPatched.getMetadata().getLabels().containsKey("tier"));

    ServiceAccount local = account.get();
    local.getMetadata().getAnnotations().put("replaced", "yes");
    ServiceAccount replaced = account.patch(local);
    assertEquals("yes", replaced.getMetadata().getAnnotations().get("replaced"));
    assertTrue(version(replaced) > version(jsonPatched));
  }

  @Test
  void updateWithAStaleResourceVersionIsAConflict() {
    Namespace created = client.namespaces().resource(namespace("stale", Map.of())).create();
    client
        .namespaces()
        .withName("stale")
        .edit(
            ns ->
                new NamespaceBuilder(ns)
                    .editMetadata()
                    .addToLabels("x", "1")
                    .endMetadata()
                    .build());
    created.getMetadata().getLabels().put("y", "2");
    KubernetesClientException error =
        assertThrows(
            KubernetesClientException.class, () -> client.namespaces().resource(created).update());
    assertEquals(409, error.getCode());
    assertEquals("Conflict", error.getStatus().getReason());
    assertEquals(
        "Operation cannot be fulfilled on namespaces \"stale\": the object has been modified;"
            + " please apply your changes to the latest version and try again",
        error.getStatus().getMessage());
  }

  @Test
  void deletesServiceAccountsAndNamespaces() {
    client.namespaces().resource(namespace("doomed", Map.of())).create();
    client.serviceAccounts().resource(serviceAccount("doomed", "envoy")).create();

    assertEquals(
        1, client.serviceAccounts().inNamespace("doomed").withName("envoy").delete().size());
    assertNull(client.serviceAccounts().inNamespace("doomed").withName("envoy").get());
    assertEquals(1, client.namespaces().withName("doomed").delete().size());
    assertNull(client.namespaces().withName("doomed").get());
    assertTrue(client.serviceAccounts().inNamespace("doomed").list().getItems().isEmpty());
    assertTrue(
        client.namespaces().withName("doomed").delete().isEmpty(), "deleting again finds nothing");
  }

  @Test
  void protectedNamespacesCannotBeDeleted() {
    KubernetesClientException error =
        assertThrows(
            KubernetesClientException.class,
            () -> client.namespaces().withName("kube-system").delete());
    assertEquals(403, error.getCode());
    assertEquals(
        "namespaces \"kube-system\" is forbidden: this namespace may not be deleted",
        error.getStatus().getMessage());
  }

  @Test
  void duplicateCreateIsAlreadyExists() {
    client.namespaces().resource(namespace("twice", Map.of())).create();
    KubernetesClientException error =
        assertThrows(
            KubernetesClientException.class,
            () -> client.namespaces().resource(namespace("twice", Map.of())).create());
    assertEquals(409, error.getCode());
    assertEquals("AlreadyExists", error.getStatus().getReason());
    assertEquals("namespaces \"twice\" already exists", error.getStatus().getMessage());

    KubernetesClientException account =
        assertThrows(
            KubernetesClientException.class,
            () ->
                client
                    .serviceAccounts()
                    .resource(
                        new ServiceAccountBuilder()
                            .withNewMetadata()
                            .withName("default")
                            .withNamespace("twice")
                            .endMetadata()
                            .build())
                    .create());
    assertEquals("serviceaccounts \"default\" already exists", account.getStatus().getMessage());
  }

  @Test
  void serviceAccountInAMissingNamespaceIsNotFound() {
    KubernetesClientException error =
        assertThrows(
            KubernetesClientException.class,
            () ->
                client
                    .serviceAccounts()
                    .resource(serviceAccount("prodcatalog-ns", "envoy"))
                    .create());
    assertEquals(404, error.getCode());
    assertEquals("NotFound", error.getStatus().getReason());
    assertEquals("namespaces \"prodcatalog-ns\" not found", error.getStatus().getMessage());
  }

  @Test
  void badNamesAreInvalid() {
    KubernetesClientException error =
        assertThrows(
            KubernetesClientException.class,
            () -> client.namespaces().resource(namespace("Prod_Catalog", Map.of())).create());
    assertEquals(422, error.getCode());
    assertEquals("Invalid", error.getStatus().getReason());
    assertEquals(
        "Namespace \"Prod_Catalog\" is invalid: metadata.name: Invalid value: \"Prod_Catalog\": a"
            + " lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-',"
            + " and must start and end with an alphanumeric character (e.g. 'my-name',  or"
            + " '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
        error.getStatus().getMessage());
    assertEquals("metadata.name", error.getStatus().getDetails().getCauses().get(0).getField());

    client.namespaces().resource(namespace("ok", Map.of())).create();
    KubernetesClientException account =
        assertThrows(
            KubernetesClientException.class,
            () -> client.serviceAccounts().resource(serviceAccount("ok", "-envoy")).create());
    assertEquals(422, account.getCode());
    assertTrue(
        account
            .getStatus()
            .getMessage()
            .startsWith(
                "ServiceAccount \"-envoy\" is invalid: metadata.name: Invalid value: \"-envoy\": a lowercase RFC 1123 subdomain"));
  }

  @Test
  void aTokenThatIsNotAnEksTokenIsUnauthorized() {
    for (String token :
        List.of("not-a-token", "k8s-aws-v1.!!!", "k8s-aws-v1.aHR0cHM6Ly9leGFtcGxlLmNvbS8")) {
      try (KubernetesClient stranger = client(token)) {
        KubernetesClientException error =
            assertThrows(
                KubernetesClientException.class, () -> stranger.namespaces().list(), token);
        assertEquals(401, error.getCode(), token);
      }
    }
  }

  @Test
  void dryRunValidatesWithoutStoring() {
    Namespace answer = client.namespaces().resource(namespace("dry", Map.of())).dryRun().create();
    assertEquals("dry", answer.getMetadata().getName());
    assertNull(client.namespaces().withName("dry").get());
  }

  @Test
  void generateNameGetsARandomSuffix() {
    Namespace created =
        client
            .namespaces()
            .resource(
                new NamespaceBuilder()
                    .withNewMetadata()
                    .withGenerateName("run-")
                    .endMetadata()
                    .build())
            .create();
    assertTrue(
        created.getMetadata().getName().matches("run-[a-z0-9]{5}"),
        created.getMetadata().getName());
    assertNotNull(client.namespaces().withName(created.getMetadata().getName()).get());
  }

  @Test
  void serverSideApplyCreatesThenUpdates() {
    client.namespaces().resource(namespace("mesh", Map.of())).create();
    ServiceAccount first = client.resource(serviceAccount("mesh", "envoy")).serverSideApply();
    assertEquals(ROLE_ARN, first.getMetadata().getAnnotations().get(ROLE_ARN_KEY));
    ServiceAccount changed = serviceAccount("mesh", "envoy");
    changed.getMetadata().getAnnotations().put(ROLE_ARN_KEY, "arn:aws:iam::123456789012:role/v2");
    ServiceAccount second = client.resource(changed).serverSideApply();
    assertEquals(
        "arn:aws:iam::123456789012:role/v2",
        second.getMetadata().getAnnotations().get(ROLE_ARN_KEY));
    assertEquals(first.getMetadata().getUid(), second.getMetadata().getUid());
  }

  @Test
  void createOrUpdateAndDeleteByLabel() {
    client.namespaces().resource(namespace("mesh", Map.of())).create();
    client.resource(serviceAccount("mesh", "one")).createOr(existing -> existing.update());
    ServiceAccount changed = serviceAccount("mesh", "one");
    changed.getMetadata().getAnnotations().put("note", "second");
    ServiceAccount updated = client.resource(changed).createOr(existing -> existing.update());
    assertEquals("second", updated.getMetadata().getAnnotations().get("note"));
    client.resource(serviceAccount("mesh", "two")).create();

    client
        .serviceAccounts()
        .inNamespace("mesh")
        .withLabel("app.kubernetes.io/managed-by", "eksform")
        .delete();
    assertEquals(
        List.of("default"), names(client.serviceAccounts().inNamespace("mesh").list().getItems()));
  }

  private static long version(HasMetadata object) {
    return Long.parseLong(object.getMetadata().getResourceVersion());
  }
}

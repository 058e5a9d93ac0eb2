package io.eksform.sandbox.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Seeding clusters and persisting every cluster's objects through JSON. */
class KubernetesStoreTest {
  private static final String NAMESPACE_BODY =
      "{\"metadata\":{\"name\":\"prodcatalog-ns\",\"labels\":{\"team\":\"catalog\"}}}";
  private static final String ACCOUNT_BODY =
      "{\"metadata\":{\"name\":\"envoy\",\"annotations\":{\"eks.amazonaws.com/role-arn\":"
          + "\"arn:aws:iam::123456789012:role/envoy\"}}}";

  @Test
  void ensureClusterSeedsOnceAndKeepsLaterChanges() throws Exception {
    KubernetesStore store = KubernetesStore.empty();
    assertFalse(store.hasCluster("c"));
    store.ensureCluster("c");
    assertTrue(store.hasCluster("c"));
    ClusterObjects cluster = store.cluster("c").orElseThrow();
    cluster.create(Kind.NAMESPACE, "", Json.MAPPER.readTree(NAMESPACE_BODY), false);
    store.ensureCluster("c");
    assertEquals(
        List.of("default", "kube-node-lease", "kube-public", "kube-system", "prodcatalog-ns"),
        names(cluster.list(Kind.NAMESPACE, "", object -> true).items()));
    assertEquals(5, cluster.list(Kind.SERVICE_ACCOUNT, "", object -> true).items().size());
    store.removeCluster("c");
    assertFalse(store.hasCluster("c"));
  }

  @Test
  void roundTripsThroughJsonAndServesTheSameObjects() throws Exception {
    KubernetesStore store = KubernetesStore.empty();
    store.ensureCluster("one", "1.31");
    store.ensureCluster("two");
    try (TestServer server = TestServer.start(store)) {
      HttpCalls http = new HttpCalls(server.endpoint("one"));
      assertEquals(
          201, http.send("POST", "/api/v1/namespaces", "application/json", NAMESPACE_BODY).code());
      assertEquals(
          201,
          http.send(
                  "POST",
                  "/api/v1/namespaces/prodcatalog-ns/serviceaccounts",
                  "application/json",
                  ACCOUNT_BODY)
              .code());
    }

    String saved = Json.MAPPER.writeValueAsString(store.toJson());
    KubernetesStore restored = KubernetesStore.fromJson(Json.MAPPER.readTree(saved));
    assertEquals(store.toJson(), restored.toJson());
    assertTrue(restored.hasCluster("one") && restored.hasCluster("two"));

    try (TestServer before = TestServer.start(store);
        TestServer after = TestServer.start(restored)) {
      for (String path :
          List.of(
              "/api/v1/namespaces",
              "/api/v1/namespaces/prodcatalog-ns",
              "/api/v1/namespaces/prodcatalog-ns/serviceaccounts/envoy",
              "/api/v1/serviceaccounts",
              "/version")) {
        assertEquals(
            new HttpCalls(before.endpoint("one")).get(path).body(),
            new HttpCalls(after.endpoint("one")).get(path).body(),
            path);
      }
      assertEquals(
          "31+",
          new HttpCalls(after.endpoint("one")).get("/version").body().path("minor").stringValue());
      HttpCalls http = new HttpCalls(after.endpoint("one"));
      long version = listVersion(http);
      JsonNode created =
          http.send(
                  "POST",
                  "/api/v1/namespaces",
                  "application/json",
                  "{\"metadata\":{\"name\":\"later\"}}")
              .body();
      assertTrue(
          Long.parseLong(created.path("metadata").path("resourceVersion").stringValue()) > version,
          "resourceVersion keeps growing after a restart");
    }
  }

  @Test
  void malformedStateIsRejectedWithAMessage() {
    IllegalArgumentException noClusters =
        assertThrows(
            IllegalArgumentException.class,
            () -> KubernetesStore.fromJson(Json.MAPPER.readTree("{}")));
    assertEquals(
        "Kubernetes state must be an object with a \"clusters\" object", noClusters.getMessage());
    IllegalArgumentException noVersion =
        assertThrows(
            IllegalArgumentException.class,
            () -> KubernetesStore.fromJson(Json.MAPPER.readTree("{\"clusters\":{\"c\":{}}}")));
    assertEquals(
        "Kubernetes state of cluster c has no numeric resourceVersion", noVersion.getMessage());
  }

  private static long listVersion(HttpCalls http) throws Exception {
    return Long.parseLong(
        http.get("/api/v1/namespaces")
            .body()
            .path("metadata")
            .path("resourceVersion")
            .stringValue());
  }

  private static List<String> names(List<? extends JsonNode> items) {
    return items.stream().map(item -> item.path("metadata").path("name").stringValue()).toList();
  }
}

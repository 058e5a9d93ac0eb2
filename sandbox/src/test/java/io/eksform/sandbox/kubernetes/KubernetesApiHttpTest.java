package io.eksform.sandbox.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The raw answers: discovery, Status documents, selectors, paging and the less common verbs. */
class KubernetesApiHttpTest {
  private static final String CLUSTER = "c";
  private TestServer server;
  private HttpCalls http;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.withCluster(CLUSTER);
    http = new HttpCalls(server.endpoint(CLUSTER));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpCalls.Answer create(String path, String body) throws Exception {
    return http.send("POST", path, "application/json", body);
  }

  private static void assertStatus(
      HttpCalls.Answer answer, int code, String reason, String message) {
    assertEquals(code, answer.code(), answer.body().toString());
    JsonNode status = answer.body();
    assertEquals("Status", status.path("kind").stringValue());
    assertEquals("v1", status.path("apiVersion").stringValue());
    assertEquals("Failure", status.path("status").stringValue());
    assertEquals(reason, status.path("reason").stringValue());
    assertEquals(message, status.path("message").stringValue());
    assertEquals(code, status.path("code").asInt());
  }

  @Test
  void discoveryDocuments() throws Exception {
    assertEquals(List.of("v1"), strings(http.get("/api").body().path("versions")));
    JsonNode resources = http.get("/api/v1").body();
    assertEquals("APIResourceList", resources.path("kind").stringValue());
    assertEquals(
        List.of("namespaces", "pods", "serviceaccounts"),
        resources.path("resources").values().stream()
            .map(r -> r.path("name").stringValue())
            .toList());
    assertEquals(0, http.get("/apis").body().path("groups").size());
    assertEquals("1", http.get("/version").body().path("major").stringValue());
  }

  @Test
  void openApiTellsKubectlThatTheServerValidatesFields() throws Exception {
    String relative =
        http.get("/openapi/v3")
            .body()
            .path("paths")
            .path("api/v1")
            .path("serverRelativeURL")
            .stringValue();
    JsonNode spec = http.get(relative.substring(0, relative.indexOf('?'))).body();
    JsonNode post =
        spec.path("paths").path("/api/v1/namespaces/{namespace}/serviceaccounts").path("post");
    assertEquals(
        "ServiceAccount", post.path("x-kubernetes-group-version-kind").path("kind").stringValue());
    assertTrue(
        post.path("parameters").values().stream()
            .anyMatch(parameter -> parameter.path("name").stringValue().equals("fieldValidation")));
  }

  @Test
  void versionIsPublicButOtherPathsNeedAnEksToken() throws Exception {
    assertEquals(200, http.send("GET", "/version", "", "", "").code());
    assertStatus(
        http.send("GET", "/api/v1/namespaces", "", "", ""), 401, "Unauthorized", "Unauthorized");
    assertStatus(
        http.send("GET", "/version", "", "", "Bearer k8s-aws-v1.bm90LWEtdXJs"),
        401,
        "Unauthorized",
        "Unauthorized");
    assertStatus(
        http.send("GET", "/api", "", "", "Basic dXNlcjpwYXNz"),
        401,
        "Unauthorized",
        "Unauthorized");
  }

  @Test
  void unknownPathsAndResourcesAreNotFound() throws Exception {
    for (String path :
        List.of(
            "/api/v1/configmaps",
            "/api/v1/namespaces/default/secrets",
            "/apis/apps/v1",
            "/nonsense/path",
            "/api/v2")) {
      assertStatus(
          http.get(path), 404, "NotFound", "the server could not find the requested resource");
    }
    assertStatus(
        new HttpCalls(server.endpoint("other-cluster")).get("/api/v1/namespaces"),
        404,
        "NotFound",
        "the server could not find the requested resource");
  }

  @Test
  void unsupportedMethodsAndMediaTypes() throws Exception {
    assertEquals(405, http.send("PUT", "/api/v1/namespaces", "application/json", "{}").code());
    HttpCalls.Answer patch =
        http.send("PATCH", "/api/v1/namespaces/default", "text/plain", "{\"metadata\":{}}");
    assertEquals(415, patch.code());
    assertEquals("UnsupportedMediaType", patch.body().path("reason").stringValue());
    assertStatus(
        http.send("POST", "/api/v1/namespaces", "application/json", "{not json"),
        400,
        "BadRequest",
        http.send("POST", "/api/v1/namespaces", "application/json", "{not json")
            .body()
            .path("message")
            .stringValue());
  }

  @Test
  void notFoundMessagesNameTheResource() throws Exception {
    assertStatus(
        http.get("/api/v1/namespaces/absent"), 404, "NotFound", "namespaces \"absent\" not found");
    HttpCalls.Answer account = http.get("/api/v1/namespaces/default/serviceaccounts/absent");
    assertStatus(account, 404, "NotFound", "serviceaccounts \"absent\" not found");
    assertEquals("absent", account.body().path("details").path("name").stringValue());
    assertEquals("serviceaccounts", account.body().path("details").path("kind").stringValue());
  }

  @Test
  void invalidObjectsListEveryFieldError() throws Exception {
    String longName = "a".repeat(64);
    HttpCalls.Answer answer =
        create(
            "/api/v1/namespaces",
            "{\"metadata\":{\"name\":\"" + longName + "\",\"labels\":{\"bad key!\":\"v\"}}}");
    assertEquals(422, answer.code());
    String message = answer.body().path("message").stringValue();
    assertTrue(
        message.startsWith(
            "Namespace \"" + longName + "\" is invalid: [metadata.name: Invalid value: \""),
        message);
    assertTrue(message.contains("must be no more than 63 characters"), message);
    assertTrue(
        message.contains("metadata.labels: Invalid value: \"bad key!\": name part must consist of"),
        message);
    // the third: the name label Kubernetes adds to every namespace is too long as well
    assertEquals(3, answer.body().path("details").path("causes").size());

    assertStatus(
        create("/api/v1/namespaces", "{\"metadata\":{}}"),
        422,
        "Invalid",
        "Namespace \"\" is invalid: metadata.name: Required value: name or generateName is required");
  }

  @Test
  void updateChecksNameAndResourceVersion() throws Exception {
    JsonNode created = create("/api/v1/namespaces", "{\"metadata\":{\"name\":\"x\"}}").body();
    String version = created.path("metadata").path("resourceVersion").stringValue();
    assertStatus(
        http.send(
            "PUT", "/api/v1/namespaces/x", "application/json", "{\"metadata\":{\"name\":\"y\"}}"),
        400,
        "BadRequest",
        "the name of the object (y) does not match the name on the URL (x)");
    HttpCalls.Answer updated =
        http.send(
            "PUT",
            "/api/v1/namespaces/x",
            "application/json",
            "{\"metadata\":{\"name\":\"x\",\"resourceVersion\":\""
                + version
                + "\",\"labels\":{\"a\":\"b\"}},"
                + "\"status\":{\"phase\":\"Terminating\"}}");
    assertEquals(200, updated.code());
    assertEquals("b", updated.body().path("metadata").path("labels").path("a").stringValue());
    assertEquals(
        "x",
        updated
            .body()
            .path("metadata")
            .path("labels")
            .path("kubernetes.io/metadata.name")
            .stringValue());
    assertEquals(
        "Active",
        updated.body().path("status").path("phase").stringValue(),
        "status is not updated by PUT");
    assertEquals(created.path("metadata").path("uid"), updated.body().path("metadata").path("uid"));
    assertStatus(
        http.send(
            "PUT",
            "/api/v1/namespaces/x",
            "application/json",
            "{\"metadata\":{\"name\":\"x\",\"resourceVersion\":\"" + version + "\"}}"),
        409,
        "Conflict",
        "Operation cannot be fulfilled on namespaces \"x\": the object has been modified; please apply"
            + " your changes to the latest version and try again");
  }

  @Test
  void serviceAccountBodyNamespaceMustMatchTheUrl() throws Exception {
    assertStatus(
        create(
            "/api/v1/namespaces/default/serviceaccounts",
            "{\"metadata\":{\"name\":\"a\",\"namespace\":\"kube-system\"}}"),
        400,
        "BadRequest",
        "the namespace of the provided object does not match the namespace sent on the request");
  }

  @Test
  void listsPageWithLimitAndContinue() throws Exception {
    HttpCalls.Answer first = http.get("/api/v1/namespaces?limit=3");
    assertEquals(List.of("default", "kube-node-lease", "kube-public"), names(first.body()));
    assertEquals(1, first.body().path("metadata").path("remainingItemCount").asInt());
    String token = first.body().path("metadata").path("continue").stringValue();
    HttpCalls.Answer second = http.get("/api/v1/namespaces?limit=3&continue=" + token);
    assertEquals(List.of("kube-system"), names(second.body()));
    assertTrue(second.body().path("metadata").path("continue").isMissingNode());
    assertEquals(400, http.get("/api/v1/namespaces?limit=3&continue=garbage").code());
  }

  @Test
  void fieldSelectorsAndResourceVersions() throws Exception {
    assertEquals(
        List.of("kube-system"),
        names(http.get("/api/v1/namespaces?fieldSelector=metadata.name%3Dkube-system").body()));
    assertEquals(
        List.of("default"),
        names(
            http.get("/api/v1/serviceaccounts?fieldSelector=metadata.namespace%3Dkube-public")
                .body()));
    assertEquals(400, http.get("/api/v1/namespaces?fieldSelector=spec.x%3Dy").code());
    assertEquals(400, http.get("/api/v1/namespaces?labelSelector=a%20in%20(b").code());
    long current =
        Long.parseLong(
            http.get("/api/v1/namespaces")
                .body()
                .path("metadata")
                .path("resourceVersion")
                .stringValue());
    assertEquals(200, http.get("/api/v1/namespaces?resourceVersion=0").code());
    assertEquals(200, http.get("/api/v1/namespaces?resourceVersion=" + current).code());
    HttpCalls.Answer tooLarge = http.get("/api/v1/namespaces?resourceVersion=" + (current + 100));
    assertEquals(504, tooLarge.code());
    assertEquals("Timeout", tooLarge.body().path("reason").stringValue());
  }

  @Test
  void tablesForKubectlGet() throws Exception {
    HttpCalls.Answer answer = tableGet("/api/v1/namespaces");
    assertEquals("Table", answer.body().path("kind").stringValue());
    assertEquals(
        List.of("Name", "Status", "Age"),
        answer.body().path("columnDefinitions").values().stream()
            .map(c -> c.path("name").stringValue())
            .toList());
    JsonNode row = answer.body().path("rows").get(0);
    assertEquals("default", row.path("cells").get(0).stringValue());
    assertEquals("Active", row.path("cells").get(1).stringValue());
    assertEquals("PartialObjectMetadata", row.path("object").path("kind").stringValue());
  }

  @Test
  void namespaceDeletionAnswersTerminatingThenIsGone() throws Exception {
    create("/api/v1/namespaces", "{\"metadata\":{\"name\":\"x\"}}");
    HttpCalls.Answer deleted = http.send("DELETE", "/api/v1/namespaces/x", "", "");
    assertEquals(200, deleted.code());
    assertEquals("Terminating", deleted.body().path("status").path("phase").stringValue());
    assertFalse(deleted.body().path("metadata").path("deletionTimestamp").isMissingNode());
    assertEquals(404, http.get("/api/v1/namespaces/x").code());
    assertEquals(404, http.get("/api/v1/namespaces/x/serviceaccounts/default").code());
  }

  @Test
  void dryRunAllTouchesNothingAndOtherValuesAreRejected() throws Exception {
    assertEquals(
        201, create("/api/v1/namespaces?dryRun=All", "{\"metadata\":{\"name\":\"x\"}}").code());
    assertEquals(404, http.get("/api/v1/namespaces/x").code());
    assertEquals(
        400, create("/api/v1/namespaces?dryRun=Some", "{\"metadata\":{\"name\":\"x\"}}").code());
    assertEquals(
        200, http.send("DELETE", "/api/v1/namespaces/kube-node-lease?dryRun=All", "", "").code());
    assertEquals(200, http.get("/api/v1/namespaces/kube-node-lease").code());
  }

  @Test
  void deletePreconditionsAreChecked() throws Exception {
    JsonNode created = create("/api/v1/namespaces", "{\"metadata\":{\"name\":\"x\"}}").body();
    String version = created.path("metadata").path("resourceVersion").stringValue();
    HttpCalls.Answer stale =
        http.send(
            "DELETE",
            "/api/v1/namespaces/x",
            "application/json",
            "{\"kind\":\"DeleteOptions\",\"apiVersion\":\"v1\",\"preconditions\":{\"resourceVersion\":\"1\"}}");
    assertStatus(
        stale,
        409,
        "Conflict",
        "Operation cannot be fulfilled on namespaces \"x\": the ResourceVersion in the precondition"
            + " (1) does not match the ResourceVersion in record ("
            + version
            + "). The object might have been modified");
    assertEquals(
        200,
        http.send(
                "DELETE",
                "/api/v1/namespaces/x",
                "application/json",
                "{\"preconditions\":{\"resourceVersion\":\"" + version + "\"}}")
            .code());
  }

  @Test
  void applyNeedsAFieldManager() throws Exception {
    assertStatus(
        http.send(
            "PATCH",
            "/api/v1/namespaces/x",
            "application/apply-patch+yaml",
            "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n"),
        422,
        "Invalid",
        "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for"
            + " apply patch");
    HttpCalls.Answer applied =
        http.send(
            "PATCH",
            "/api/v1/namespaces/x?fieldManager=test",
            "application/apply-patch+yaml",
            "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  labels:\n    a: b\n");
    assertEquals(201, applied.code());
    assertEquals("b", applied.body().path("metadata").path("labels").path("a").stringValue());
  }

  @Test
  void concurrentWritesGetDistinctResourceVersions() throws Exception {
    int threads = 6;
    int each = 20;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<List<String>>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      results.add(
          pool.submit(
              () -> {
                HttpCalls own = new HttpCalls(server.endpoint(CLUSTER));
                List<String> versions = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                  HttpCalls.Answer answer =
                      own.send(
                          "POST",
                          "/api/v1/namespaces",
                          "application/json",
                          "{\"metadata\":{\"name\":\"ns-" + thread + "-" + i + "\"}}");
                  assertEquals(201, answer.code());
                  versions.add(
                      answer.body().path("metadata").path("resourceVersion").stringValue());
                }
                return versions;
              }));
    }
    Set<String> versions = new HashSet<>();
    for (var result : results) {
      versions.addAll(result.get());
    }
    pool.shutdown();
    assertEquals(threads * each, versions.size(), "every write has its own resourceVersion");
    assertEquals(4 + threads * each, names(http.get("/api/v1/namespaces").body()).size());
    assertEquals(4 + threads * each, names(http.get("/api/v1/serviceaccounts").body()).size());
  }

  @Test
  void unknownFieldsAreDroppedWithAWarningOrRefusedWhenStrict() throws Exception {
    String body = "{\"metadata\":{\"name\":\"x\",\"colour\":\"red\"},\"spec\":{\"foo\":1}}";
    HttpResponse<String> strict = post("/api/v1/namespaces?fieldValidation=Strict", body);
    assertEquals(400, strict.statusCode());
    assertEquals(
        "strict decoding error: unknown field \"metadata.colour\", unknown field \"spec.foo\"",
        Json.MAPPER.readTree(strict.body()).path("message").stringValue());

    HttpResponse<String> warned = post("/api/v1/namespaces", body);
    assertEquals(201, warned.statusCode());
    assertEquals(
        List.of(
            "299 - \"unknown field \\\"metadata.colour\\\"\"",
            "299 - \"unknown field \\\"spec.foo\\\"\""),
        warned.headers().allValues("Warning"));
    JsonNode stored = http.get("/api/v1/namespaces/x").body();
    assertTrue(stored.path("spec").path("foo").isMissingNode());
    assertTrue(stored.path("metadata").path("colour").isMissingNode());

    HttpResponse<String> ignored =
        post(
            "/api/v1/namespaces/x/serviceaccounts?fieldValidation=Ignore",
            "{\"metadata\":{\"name\":\"a\"},\"extra\":true}");
    assertEquals(201, ignored.statusCode());
    assertEquals(List.of(), ignored.headers().allValues("Warning"));
    assertEquals(
        400,
        post("/api/v1/namespaces?fieldValidation=Loose", "{\"metadata\":{\"name\":\"y\"}}")
            .statusCode());
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.endpoint(CLUSTER) + path))
            .header("Authorization", "Bearer " + Tokens.forCluster(CLUSTER))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpCalls.Answer tableGet(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.endpoint(CLUSTER) + path))
            .header("Authorization", "Bearer " + Tokens.forCluster(CLUSTER))
            .header("Accept", "application/json;as=Table;v=v1;g=meta.k8s.io,application/json")
            .build();
    var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    return new HttpCalls.Answer(
        response.statusCode(), Json.MAPPER.readTree(response.body()), "application/json");
  }

  private static List<String> names(JsonNode list) {
    return list.path("items").values().stream()
        .map(item -> item.path("metadata").path("name").stringValue())
        .toList();
  }

  private static List<String> strings(JsonNode array) {
    return array.values().stream().map(JsonNode::stringValue).toList();
  }
}

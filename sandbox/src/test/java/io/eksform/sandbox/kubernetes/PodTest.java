package io.eksform.sandbox.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Pods over raw HTTP: kept with their defaults, listed, validated and deleted. */
class PodTest {
  private static final String POD =
      "{\"metadata\":{\"name\":\"web\",\"labels\":{\"app\":\"web\"}},"
          + "\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"nginx\"}]}}";

  private TestServer server;
  private HttpCalls http;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.withCluster("c");
    http = new HttpCalls(server.endpoint("c"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aPodIsKeptWithItsDefaultsAndListed() throws Exception {
    HttpCalls.Answer created =
        http.send("POST", "/api/v1/namespaces/default/pods", "application/json", POD);
    assertEquals(201, created.code(), created.body().toString());
    JsonNode pod = created.body();
    assertEquals("Pod", pod.path("kind").stringValue());
    assertEquals("default", pod.path("spec").path("serviceAccountName").stringValue());
    assertEquals("Pending", pod.path("status").path("phase").stringValue());
    assertEquals("nginx", pod.path("spec").path("containers").get(0).path("image").stringValue());
    assertEquals(
        List.of("web"),
        http.get("/api/v1/pods?labelSelector=app%3Dweb").body().path("items").values().stream()
            .map(i -> i.path("metadata").path("name").stringValue())
            .toList());
    assertEquals(200, http.send("DELETE", "/api/v1/namespaces/default/pods/web", "", "").code());
    assertEquals(404, http.get("/api/v1/namespaces/default/pods/web").code());
  }

  @Test
  void aPodWithoutContainersIsInvalid() throws Exception {
    HttpCalls.Answer refused =
        http.send(
            "POST",
            "/api/v1/namespaces/default/pods",
            "application/json",
            "{\"metadata\":{\"name\":\"empty\"},\"spec\":{}}");
    assertEquals(422, refused.code());
    assertEquals(
        "Pod \"empty\" is invalid: spec.containers: Required value",
        refused.body().path("message").stringValue());
  }
}

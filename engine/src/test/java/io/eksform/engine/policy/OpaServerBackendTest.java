package io.eksform.engine.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.eksform.engine.lint.Severity;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contract test of the OPA REST Data API client against a local HTTP server that answers as OPA
 * does: {@code POST /v1/data/<path>} with {@code {"input": ...}}, {@code {"result": ...}} or no
 * result when undefined, and {@code {"code", "message"}} errors.
 */
class OpaServerBackendTest {
  static final JsonMapper JSON = JsonMapper.builder().build();

  HttpServer server;
  final Map<String, String> answers = new ConcurrentHashMap<>();
  final Map<String, String> requests = new ConcurrentHashMap<>();
  volatile int status = 200;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/v1/data/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          requests.put(
              path,
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestHeaders().getFirst("Content-Type")
                  + " "
                  + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          String body =
              status != 200
                  ? "{\"code\":\"internal_error\",\"message\":\"1 error occurred: policy.rego:3: eval_conflict_error\"}"
                  : answers.getOrDefault(path, "{}");
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  static JsonNode input() {
    return JSON.readTree("{\"metadata\":{\"name\":\"demo\"}}");
  }

  @Test
  void readsDenyWarnAndBuiltinFindings() {
    answers.put(
        "/v1/data/main",
        "{\"result\":{\"deny\":[\"no public subnets\"],\"warn\":[{\"msg\":\"w\",\"path\":[\"metadata\",\"name\"]}]}}");
    answers.put(
        "/v1/data/eksform/rules",
        "{\"result\":{\"fargate\":{\"findings\":[{\"id\":\"fargate/max-selectors\",\"msg\":\"m\","
            + "\"path\":[\"fargateProfiles\",0,\"selectors\"],\"severity\":\"error\"}]}}}");
    List<Finding> found =
        new OpaServerBackend(url(), List.of("main"), true, Duration.ofSeconds(5)).evaluate(input());
    assertEquals(
        List.of(
            new Finding(
                "fargate/max-selectors", "m", "/fargateProfiles/0/selectors", Severity.ERROR),
            new Finding("main/deny", "no public subnets", "", Severity.ERROR),
            new Finding("main/warn", "w", "/metadata/name", Severity.WARNING)),
        found);
    assertTrue(requests.get("/v1/data/main").startsWith("POST application/json "));
    assertEquals(
        input(), JSON.readTree(requests.get("/v1/data/main").split(" ", 3)[2]).get("input"));
  }

  @Test
  void undefinedResultMeansNoFinding() {
    List<Finding> found =
        new OpaServerBackend(url(), List.of("main"), false, Duration.ofSeconds(5))
            .evaluate(input());
    assertEquals(List.of(), found);
  }

  @Test
  void serverErrorsAreClearMessages() {
    status = 500;
    PolicyException e =
        assertThrows(
            PolicyException.class,
            () ->
                new OpaServerBackend(url(), List.of("main"), false, Duration.ofSeconds(5))
                    .evaluate(input()));
    assertTrue(e.getMessage().contains("answered 500"), e.getMessage());
    assertTrue(e.getMessage().contains("eval_conflict_error"), e.getMessage());
  }

  @Test
  void unreachableServerSaysHowToFixIt() {
    URI gone = url();
    server.stop(0);
    PolicyException e =
        assertThrows(
            PolicyException.class,
            () ->
                new OpaServerBackend(gone, List.of("main"), false, Duration.ofSeconds(2))
                    .evaluate(input()));
    assertTrue(e.getMessage().contains("--opa-url"), e.getMessage());
  }
}

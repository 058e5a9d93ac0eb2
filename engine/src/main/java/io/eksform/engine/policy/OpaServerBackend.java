package io.eksform.engine.policy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Evaluates through a running OPA server's REST Data API ({@code POST /v1/data/<package>} with
 * {@code {"input": ...}}): the {@code deny}, {@code violation} and {@code warn} rules of each
 * chosen package, plus the built-in rule set's {@code eksform.rules} findings when the server has
 * them loaded. Uses the JDK HTTP client with connect and request timeouts.
 */
public final class OpaServerBackend implements PolicyBackend {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI base;
  private final List<String> packages;
  private final boolean builtin;
  private final Duration timeout;
  private final HttpClient client;

  public OpaServerBackend(URI base, List<String> packages, boolean builtin, Duration timeout) {
    String text = base.toString();
    this.base = URI.create(text.endsWith("/") ? text : text + "/");
    this.packages = List.copyOf(packages);
    this.builtin = builtin;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public List<Finding> evaluate(JsonNode input) {
    ObjectNode body = JSON.createObjectNode();
    body.set("input", input);
    String payload = body.toString();
    List<Finding> out = new ArrayList<>();
    if (builtin) {
      RuleResults.addBuiltinTree(query("eksform.rules", payload), out);
    }
    for (String pkg : packages) {
      RuleResults.addPackage(pkg, query(pkg, payload), out);
    }
    return out;
  }

  /** The {@code result} of {@code data.<pkg>}, or null when undefined. */
  private JsonNode query(String pkg, String payload) {
    URI uri = base.resolve("v1/data/" + pkg.replace('.', '/'));
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(payload))
            .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw new PolicyException(
          "cannot reach the OPA server at "
              + base
              + " ("
              + e.getClass().getSimpleName()
              + "): start it with 'opa run --server' or fix --opa-url",
          e);
    } catch (HttpTimeoutException e) {
      throw new PolicyException(
          "the OPA server at " + base + " did not answer within " + timeout.toSeconds() + "s", e);
    } catch (IOException e) {
      throw new PolicyException("cannot talk to the OPA server at " + base + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PolicyException("interrupted while asking the OPA server at " + base, e);
    }
    JsonNode answer;
    try {
      answer = JSON.readTree(response.body());
    } catch (JacksonException e) {
      throw new PolicyException(
          "the OPA server at " + uri + " answered " + response.statusCode() + " with no JSON", e);
    }
    if (response.statusCode() != 200) {
      throw new PolicyException(
          "the OPA server answered "
              + response.statusCode()
              + " for "
              + uri
              + ": "
              + answer.path("code").asString("error")
              + ": "
              + answer.path("message").asString(response.body()));
    }
    return answer.get("result");
  }
}

package io.eksform.sandbox.kubernetes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** Plain HTTP calls to the API server with an EKS token, for tests that look at raw answers. */
final class HttpCalls {
  /** A status code and the parsed JSON body (a missing node when the body is not JSON). */
  record Answer(int code, JsonNode body, String contentType) {}

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String endpoint;

  HttpCalls(String endpoint) {
    this.endpoint = endpoint;
  }

  Answer get(String path) throws IOException, InterruptedException {
    return send("GET", path, "", "");
  }

  Answer send(String method, String path, String contentType, String body)
      throws IOException, InterruptedException {
    return send(
        method,
        path,
        contentType,
        body,
        "Bearer " + Tokens.forCluster(endpoint.substring(endpoint.lastIndexOf('/') + 1)));
  }

  Answer send(String method, String path, String contentType, String body, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(endpoint + path))
            .method(
                method,
                body.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (!authorization.isEmpty()) {
      request.header("Authorization", authorization);
    }
    if (!contentType.isEmpty()) {
      request.header("Content-Type", contentType);
    }
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    String type = response.headers().firstValue("Content-Type").orElse("");
    JsonNode json =
        type.startsWith("application/json")
            ? Json.MAPPER.readTree(response.body())
            : Json.MAPPER.missingNode();
    return new Answer(response.statusCode(), json, type);
  }
}

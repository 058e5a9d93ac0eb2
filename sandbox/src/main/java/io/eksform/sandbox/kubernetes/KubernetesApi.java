package io.eksform.sandbox.kubernetes;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The Kubernetes API server of every sandbox cluster: the AWS side routes {@code
 * /k8s/<cluster>/<rest>} here, and this class answers as kube-apiserver would for namespaces and
 * service accounts.
 */
public final class KubernetesApi {
  private static final List<String> PUBLIC_PATHS = List.of("version", "healthz", "livez", "readyz");

  private final KubernetesStore store;

  public KubernetesApi(KubernetesStore store) {
    this.store = store;
  }

  /**
   * Answers one request for cluster {@code clusterName}; {@code pathAfterPrefix} is the raw path
   * after {@code /k8s/<cluster>}, such as {@code /api/v1/namespaces}. The exchange is closed.
   */
  public void handle(HttpExchange exchange, String clusterName, String pathAfterPrefix)
      throws IOException {
    Optional<Reply> reply;
    try {
      reply = dispatch(exchange, clusterName, pathAfterPrefix);
    } catch (ApiException e) {
      reply = Optional.of(Reply.status(e));
    } catch (RuntimeException e) {
      reply = Optional.of(Reply.status(ApiException.internalError("internal error: " + e)));
    }
    if (reply.isPresent()) {
      reply.get().send(exchange);
    }
  }

  /** The reply to send; empty when the request was answered as a stream (a watch). */
  private Optional<Reply> dispatch(
      HttpExchange exchange, String clusterName, String pathAfterPrefix)
      throws ApiException, IOException {
    String rawPath = pathAfterPrefix;
    int question = rawPath.indexOf('?');
    if (question >= 0) {
      rawPath = rawPath.substring(0, question);
    }
    List<String> segments = Route.segments(rawPath);
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    boolean anonymousPublic =
        authorization == null && segments.size() == 1 && PUBLIC_PATHS.contains(segments.get(0));
    if (!anonymousPublic && !BearerToken.accepted(authorization, clusterName)) {
      throw ApiException.unauthorized();
    }
    ClusterObjects cluster = store.cluster(clusterName).orElseThrow(ApiException::unknownResource);
    String method = exchange.getRequestMethod();
    if (segments.size() <= 2 || segments.get(0).equals("openapi")) {
      return Optional.of(discovery(exchange, cluster, segments, method));
    }
    Optional<Route> route = Route.parse(segments);
    if (route.isEmpty()) {
      throw ApiException.unknownResource();
    }
    Request request =
        new Request(
            method,
            QueryParameters.parse(exchange.getRequestURI().getRawQuery()),
            exchange.getRequestHeaders(),
            exchange.getRequestBody().readAllBytes());
    if (Watches.requested(request) && method.equals("GET")) {
      Watches.stream(exchange, cluster, route.get(), request);
      return Optional.empty();
    }
    return Optional.of(new ResourceHandler(cluster, route.get(), request).handle());
  }

  private static Reply discovery(
      HttpExchange exchange, ClusterObjects cluster, List<String> segments, String method)
      throws ApiException {
    if (!method.equals("GET") && !method.equals("HEAD")) {
      throw ApiException.methodNotAllowed();
    }
    String path = String.join("/", segments);
    switch (path) {
      case "":
        return Reply.json(200, Discovery.rootPaths());
      case "version":
        return Reply.json(200, Discovery.version(cluster.kubernetesVersion()));
      case "healthz":
      case "livez":
      case "readyz":
        return Reply.text(200, "ok");
      case "api":
        String address =
            exchange.getLocalAddress().getHostString() + ":" + exchange.getLocalAddress().getPort();
        return Reply.json(200, Discovery.apiVersions(address));
      case "api/v1":
        return Reply.json(200, Discovery.coreResources());
      case "apis":
        return Reply.json(200, Discovery.apiGroups());
      case "openapi/v3":
        return Reply.json(200, OpenApi.index());
      case "openapi/v3/api/v1":
        return Reply.json(200, OpenApi.coreV1());
      default:
        throw ApiException.unknownResource();
    }
  }
}

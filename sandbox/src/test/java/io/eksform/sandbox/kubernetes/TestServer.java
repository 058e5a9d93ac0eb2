package io.eksform.sandbox.kubernetes;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK HTTP server on a free localhost port that mounts {@link KubernetesApi} at {@code
 * /k8s/<cluster>/}, as the sandbox's AWS side does.
 */
final class TestServer implements AutoCloseable {
  /** A presigned STS GetCallerIdentity URL of the shape EKS tokens wrap. */
  static final String PRESIGNED_URL =
      "https://sts.us-west-2.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15"
          + "&X-Amz-Algorithm=AWS4-HMAC-SHA256"
          + "&X-Amz-Credential=AKIDEXAMPLE%2F20261125%2Fus-west-2%2Fsts%2Faws4_request"
          + "&X-Amz-Date=20261125T090000Z&X-Amz-Expires=60"
          + "&X-Amz-SignedHeaders=host%3Bx-k8s-aws-id"
          + "&X-Amz-Signature=5f0e5d0c4a8e4a1b9c1e2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f";

  static final String TOKEN =
      "k8s-aws-v1."
          + Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(PRESIGNED_URL.getBytes(StandardCharsets.UTF_8));

  final KubernetesStore store;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);

  private TestServer(KubernetesStore store) throws IOException {
    this.store = store;
    KubernetesApi api = new KubernetesApi(store);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/k8s/",
        exchange -> {
          String rest = exchange.getRequestURI().getRawPath().substring("/k8s/".length());
          int slash = rest.indexOf('/');
          String cluster = slash < 0 ? rest : rest.substring(0, slash);
          api.handle(exchange, cluster, slash < 0 ? "/" : rest.substring(slash));
        });
    server.setExecutor(executor);
    server.start();
  }

  static TestServer start(KubernetesStore store) throws IOException {
    return new TestServer(store);
  }

  /** A server whose store holds one seeded cluster named {@code cluster}. */
  static TestServer withCluster(String cluster) throws IOException {
    KubernetesStore store = KubernetesStore.empty();
    store.ensureCluster(cluster);
    return new TestServer(store);
  }

  String endpoint(String cluster) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/k8s/" + cluster;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}

package io.eksform.sandbox.kubernetes;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A JDK HTTP server on a free localhost port that mounts {@link KubernetesApi} at {@code
 * /k8s/<cluster>/}, as the sandbox's AWS side does.
 */
final class TestServer implements AutoCloseable {
  static {
    // Without TCP_NODELAY the JDK server's two-packet responses wait for delayed ACKs (~40 ms).
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  final KubernetesStore store;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);

  private final String scheme;

  private TestServer(KubernetesStore store, HttpServer server, String scheme) {
    this.store = store;
    this.server = server;
    this.scheme = scheme;
    KubernetesApi api = new KubernetesApi(store);
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
    return new TestServer(store, HttpServer.create(loopback(), 0), "http");
  }

  /** A server whose store holds one seeded cluster named {@code cluster}. */
  static TestServer withCluster(String cluster) throws IOException {
    KubernetesStore store = KubernetesStore.empty();
    store.ensureCluster(cluster);
    return start(store);
  }

  /**
   * As {@link #withCluster(String)} over HTTPS, with a self-signed certificate for 127.0.0.1 made
   * by the JDK's keytool in {@code directory}; kubectl sends credentials only over TLS.
   */
  static TestServer withTlsCluster(String cluster, Path directory)
      throws IOException, InterruptedException, GeneralSecurityException {
    Path keystore = directory.resolve("server.p12");
    keytool(
        "-genkeypair",
        "-alias",
        "server",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=127.0.0.1",
        "-ext",
        "SAN=ip:127.0.0.1,dns:localhost",
        "-validity",
        "2",
        "-keystore",
        keystore.toString(),
        "-storetype",
        "PKCS12",
        "-storepass",
        "changeit");
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      keys.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory managers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    managers.init(keys, "changeit".toCharArray());
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(managers.getKeyManagers(), null, null);
    HttpsServer https = HttpsServer.create(loopback(), 0);
    https.setHttpsConfigurator(new HttpsConfigurator(tls));
    KubernetesStore store = KubernetesStore.empty();
    store.ensureCluster(cluster);
    TestServer server = new TestServer(store, https, "https");
    server.certificatePem =
        keytool(
            "-exportcert",
            "-rfc",
            "-alias",
            "server",
            "-keystore",
            keystore.toString(),
            "-storepass",
            "changeit");
    return server;
  }

  private String certificatePem = "";

  /** The PEM certificate of a TLS server, for a kubeconfig's certificate-authority-data. */
  String certificatePem() {
    return certificatePem;
  }

  private static String keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("keytool " + String.join(" ", args) + " failed: " + output);
    }
    return output;
  }

  private static InetSocketAddress loopback() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  }

  String endpoint(String cluster) {
    return scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/k8s/" + cluster;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}

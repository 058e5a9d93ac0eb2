package io.eksform.sandbox.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The HTTPS listener of the clusters' Kubernetes APIs. It presents the sandbox's own certificate
 * (for 127.0.0.1, ::1 and localhost), the one every cluster reports as its certificate authority,
 * so that clients which only send a bearer token over TLS (kubectl) work as against EKS. The key is
 * public: it protects nothing but a loopback test account.
 */
public final class TlsListener implements AutoCloseable {
  private static final String KEYSTORE = "/io/eksform/sandbox/sandbox-tls.p12";
  private static final char[] PASSWORD = "eksform-sandbox".toCharArray();

  private final HttpsServer server;
  private final ExecutorService executor;

  /**
   * Binds on {@code address} (port 0 picks a free port) and serves {@code handler} under {@code
   * prefix}.
   */
  public TlsListener(InetSocketAddress address, String prefix, HttpHandler handler) {
    try {
      this.server = HttpsServer.create(address, 64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + address + ": " + e.getMessage(), e);
    }
    server.setHttpsConfigurator(new HttpsConfigurator(context()));
    this.executor =
        Executors.newFixedThreadPool(
            8,
            r -> {
              Thread t = new Thread(r, "sandbox-https");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext(prefix, handler);
  }

  private static SSLContext context() {
    try (InputStream in = TlsListener.class.getResourceAsStream(KEYSTORE)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, PASSWORD);
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, PASSWORD);
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(keys.getKeyManagers(), null, null);
      return tls;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the sandbox's TLS key cannot be loaded", e);
    }
  }

  public void start() {
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops listening, letting requests in flight finish (and the state they changed be saved). */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}

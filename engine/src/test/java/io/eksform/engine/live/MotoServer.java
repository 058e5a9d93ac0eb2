package io.eksform.engine.live;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * moto, a third-party AWS emulator, started as a server on a free loopback port when this machine
 * has it ({@code python3 -m moto.server}); tests that use it skip when it is absent.
 */
final class MotoServer implements AutoCloseable {
  private final Process process;
  final URI endpoint;

  private MotoServer(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  static Optional<MotoServer> start() throws IOException, InterruptedException {
    Process probe =
        new ProcessBuilder("python3", "-c", "import moto.server").redirectErrorStream(true).start();
    if (probe.waitFor() != 0) {
      return Optional.empty();
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path log = Files.createTempFile("moto", ".log");
    Process p =
        new ProcessBuilder(
                "python3", "-m", "moto.server", "-H", "127.0.0.1", "-p", String.valueOf(port))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    URI endpoint = URI.create("http://127.0.0.1:" + port);
    for (int i = 0; i < 100; i++) {
      try {
        HttpURLConnection c =
            (HttpURLConnection) endpoint.resolve("/moto-api/").toURL().openConnection();
        c.setConnectTimeout(200);
        if (c.getResponseCode() > 0) {
          return Optional.of(new MotoServer(p, endpoint));
        }
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    p.destroyForcibly();
    return Optional.empty();
  }

  @Override
  public void close() {
    process.destroy();
  }
}

package io.eksform.sandbox;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * moto (a third-party AWS emulator) as a child process on a free port, for the differential tests;
 * where moto is not installed the test is skipped with a message that says so.
 */
public final class MotoProcess implements AutoCloseable {
  private final Process process;
  private final URI endpoint;

  private MotoProcess(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  /** Starts moto and waits until it answers, or skips the calling test when moto is absent. */
  public static MotoProcess startOrSkip() throws IOException, InterruptedException {
    Assumptions.assumeTrue(
        installed(), "moto is not installed (python3 -m moto.server): skipping the comparison");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process process =
        new ProcessBuilder("python3", "-m", "moto.server", "-p", String.valueOf(port))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    for (int i = 0; ; i++) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        return new MotoProcess(process, URI.create("http://127.0.0.1:" + port));
      } catch (IOException e) {
        if (i > 150) {
          process.destroy();
          throw new IllegalStateException("moto did not start on port " + port, e);
        }
        Thread.sleep(100);
      }
    }
  }

  static boolean installed() {
    try {
      Process p =
          new ProcessBuilder("python3", "-c", "import moto.server")
              .redirectErrorStream(true)
              .start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  public URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    process.destroy();
  }
}

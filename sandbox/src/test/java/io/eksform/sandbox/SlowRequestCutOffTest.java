package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A client that sends its request slowly is cut off by the sandbox, as AWS's front ends cut off
 * theirs, so it cannot hold a thread for ever. The cut-off is one minute in use; this test starts a
 * sandbox in its own JVM with a one-second cut-off.
 */
class SlowRequestCutOffTest {

  @Test
  void aRequestThatNeverEndsIsCutOff() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process server =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Dsun.net.httpserver.maxReqTime=1",
                    "-cp",
                    classpath,
                    CutOffServer.class.getName()))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      while (line != null && !line.startsWith("http")) {
        line = out.readLine();
      }
      URI endpoint = URI.create(String.valueOf(line));
      for (String partial :
          List.of(
              "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n",
              "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\nAction=")) {
        try (Socket s = new Socket(endpoint.getHost(), endpoint.getPort())) {
          s.getOutputStream().write(partial.getBytes(StandardCharsets.UTF_8));
          s.getOutputStream().flush();
          assertTimeoutPreemptively(
              Duration.ofSeconds(20),
              () -> drain(s),
              "the sandbox should close a connection whose request never ends: " + partial);
        }
      }
    } finally {
      server.getOutputStream().close();
      server.destroy();
      server.waitFor();
    }
  }

  /** Reads until the server closes the connection; whatever it answered first does not matter. */
  private static void drain(Socket s) throws IOException {
    var in = s.getInputStream();
    byte[] buffer = new byte[4096];
    try {
      while (in.read(buffer) != -1) {
        // keep reading
      }
    } catch (java.net.SocketException reset) {
      // A reset is a cut-off too.
    }
  }
}

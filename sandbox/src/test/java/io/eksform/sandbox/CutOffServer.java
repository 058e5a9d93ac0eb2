package io.eksform.sandbox;

import java.io.IOException;

/**
 * A sandbox in a JVM of its own, so that the JDK server's cut-off for slow requests (read once per
 * JVM) can be set short: prints its endpoint, then serves until its standard input closes.
 */
public final class CutOffServer {
  private CutOffServer() {}

  public static void main(String[] args) throws IOException {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop"))) {
      System.out.println(sandbox.endpoint());
      System.out.flush();
      while (System.in.read() != -1) {
        // Serve until the test closes our standard input.
      }
    }
  }
}

package io.eksform.cli.apply;

import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import io.eksform.sandbox.http.FaultRule;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** Sandboxes for apply tests: the eksworkshop account, fast transitions, state kept in a file. */
final class SandboxRuns {
  private SandboxRuns() {}

  static Sandbox start(Path dir, List<FaultRule> faults) {
    return Sandbox.start(
        SandboxOptions.defaults()
            .withScenario("eksworkshop")
            .withTimeScale(0.005)
            .withStateFile(dir.resolve("sandbox-state.json"))
            .withFaults(faults));
  }

  /** The default credential chain reads these, as it would read AWS_ACCESS_KEY_ID. */
  static void credentials() {
    System.setProperty("aws.accessKeyId", io.eksform.sandbox.http.SandboxKeys.ACCESS_KEY_ID);
    System.setProperty(
        "aws.secretAccessKey", io.eksform.sandbox.http.SandboxKeys.SECRET_ACCESS_KEY);
  }

  static void clearCredentials() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  /**
   * Runs {@code run} with AWS_MAX_ATTEMPTS=1 (as the system property the SDK setting also reads),
   * for a sandbox whose fault fails every attempt: the call fails at once instead of after seven
   * retries and seconds of backoff, and the apply stops the same way.
   */
  static <T> T tryingOnce(Supplier<T> run) {
    System.setProperty("aws.maxAttempts", "1");
    try {
      return run.get();
    } finally {
      System.clearProperty("aws.maxAttempts");
    }
  }
}

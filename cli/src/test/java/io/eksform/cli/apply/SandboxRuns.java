package io.eksform.cli.apply;

import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import io.eksform.sandbox.http.FaultRule;
import java.nio.file.Path;
import java.util.List;

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
}

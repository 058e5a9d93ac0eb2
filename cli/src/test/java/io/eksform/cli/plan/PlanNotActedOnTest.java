package io.eksform.cli.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a plan does not act on, end to end: named at its line by plan and apply, and an error with
 * --strict.
 */
class PlanNotActedOnTest {
  private static final String CONFIG =
      """
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata:
        name: eksworkshop-eksctl
        region: us-west-2
      accessConfig:
        accessEntries:
          - principalARN: arn:aws:iam::123456789012:role/admin
      controlPlaneScalingConfig:
        tier: tier-xl
      """;

  @TempDir Path dir;
  Sandbox sandbox;
  Path config;

  @BeforeEach
  void start() throws IOException {
    sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop"));
    System.setProperty("aws.accessKeyId", io.eksform.sandbox.http.SandboxKeys.ACCESS_KEY_ID);
    System.setProperty(
        "aws.secretAccessKey", io.eksform.sandbox.http.SandboxKeys.SECRET_ACCESS_KEY);
    config = dir.resolve("cluster.yaml");
    Files.writeString(config, CONFIG);
  }

  @AfterEach
  void stop() {
    sandbox.close();
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  private CliRun plan(String... more) {
    String[] args = {
      "plan", "-f", config.toString(), "--endpoint-url", sandbox.endpoint().toString()
    };
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return CliRun.of(all);
  }

  @Test
  void nothingToChangeIsNeverCalledAMatchWhenPartsAreNotActedOn() {
    CliRun run = plan("--detailed-exitcode");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .contains(
                "Not acted on (eksform does not manage these yet; --strict makes them errors):\n"
                    + "  accessConfig.accessEntries (line 7): EKS access entries are not managed yet\n"
                    + "  controlPlaneScalingConfig (line 9):"),
        run.out());
    assertTrue(
        run.out()
            .strip()
            .endsWith(
                "No changes to what eksform manages; 2 parts of the configuration are not acted on"
                    + " (listed above)."),
        run.out());
    assertTrue(!run.out().contains("matches"), run.out());
  }

  @Test
  void jsonListsThemWithPointerLineAndDisposition() {
    CliRun run = plan("-o", "json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"formatVersion\": \"1.3\""), run.out());
    assertTrue(
        run.out()
            .matches(
                "(?s).*\"notActedOn\": \\[\\s*\\{\\s*\"pointer\": \"/accessConfig/accessEntries\","
                    + "\\s*\"path\": \"accessConfig.accessEntries\",\\s*\"line\": 7,\\s*"
                    + "\"disposition\": \"not-managed\".*"),
        run.out());
  }

  @Test
  void applyHasNothingToDoYetNamesWhatItLeavesOut() {
    CliRun run =
        CliRun.of(
            "apply",
            "-f",
            config.toString(),
            "--endpoint-url",
            sandbox.endpoint().toString(),
            "--auto-approve");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.err().contains("eksform: no changes to what eksform manages; these parts of"),
        run.err());
    assertTrue(
        run.err().contains("  accessConfig.accessEntries (line 7): EKS access entries"), run.err());
    assertTrue(!run.err().contains("matches"), run.err());
  }

  @Test
  void strictFailsThePlanAtEachLine() {
    CliRun run = plan("--strict");
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(
        run.err()
            .contains(
                "cluster.yaml:7:3: error[plan]: accessConfig.accessEntries is not acted on: EKS access"
                    + " entries are not managed yet (--strict)"),
        run.err());
    assertTrue(run.err().contains("cluster.yaml:9:1: error[plan]"), run.err());
    assertTrue(run.err().contains("nothing was saved"), run.err());
  }
}

package io.eksform.cli.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.planfile.PlanFile;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eksform plan} end to end against a sandbox over HTTP. */
class PlanCommandTest {
  private final String example =
      CliRun.projectDir().resolve("examples/prodcatalog/clusterconfig.yaml").toString();

  @TempDir Path dir;

  // One account for the class: every test here only plans, which reads and never changes it.
  static Sandbox sandbox;

  @BeforeAll
  static void startSandbox() {
    sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop"));
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @BeforeEach
  void credentials() {
    // The default credential chain reads these, as it would read AWS_ACCESS_KEY_ID and friends.
    System.setProperty("aws.accessKeyId", io.eksform.sandbox.http.SandboxKeys.ACCESS_KEY_ID);
    System.setProperty(
        "aws.secretAccessKey", io.eksform.sandbox.http.SandboxKeys.SECRET_ACCESS_KEY);
  }

  @AfterEach
  void clearCredentials() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  @Test
  void missingCredentialsAreAClearErrorThatSuggestsTheSandbox() {
    System.clearProperty("aws.accessKeyId");
    CliRun run = CliRun.of("plan", "-f", example, "--endpoint-url", endpoint());
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_PROFILE") == null,
        "this machine has AWS credentials in its environment");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("no AWS credentials found"), run.err());
    assertTrue(run.err().contains("--sandbox"), run.err());
  }

  private String endpoint() {
    return sandbox.endpoint().toString();
  }

  @Test
  void theSeedPlanShowsEveryCreationAndCountsThemLast() {
    CliRun run = CliRun.of("plan", "-f", example, "--endpoint-url", endpoint());
    assertEquals(0, run.exitCode(), run.err());
    for (String address :
        new String[] {
          "+ oidc_provider",
          "+ kubernetes_namespace.prodcatalog-ns",
          "+ fargate_pod_execution_role",
          "+ iam_service_account.prodcatalog-ns/prodcatalog-envoy-proxies",
          "+ fargate_profile.fargate-productcatalog"
        }) {
      assertTrue(run.out().contains(address), address + " in\n" + run.out());
    }
    assertTrue(
        run.out().strip().endsWith("Plan: 5 to create, 0 to update, 0 to replace, 0 to delete."),
        run.out());
  }

  @Test
  void detailedExitCodeIsTwoWhenThereAreChanges() {
    assertEquals(
        2,
        CliRun.of("plan", "-f", example, "--endpoint-url", endpoint(), "--detailed-exitcode")
            .exitCode());
  }

  @Test
  void underDetailedExitCodeEveryUsageErrorAndFailureExitsOneSoTwoMeansChanges() {
    String[][] failures = {
      {"plan", "--detailed-exitcode", "--bogus"},
      {"plan", "--detailed-exitcode"},
      {"plan", "-f", example, "--detailed-exitcode", "--parallelism", "many"},
      {"plan", "-f", example, "--detailed-exitcode", "--format", "yaml"},
      {"plan", "-f", example, "--detailed-exitcode", "--parallelism", "0"},
      {"plan", "-f", example, "--detailed-exitcode", "--sandbox", "--endpoint-url", endpoint()},
      {"plan", "-f", "no-such.yaml", "--detailed-exitcode", "--endpoint-url", endpoint()}
    };
    for (String[] args : failures) {
      CliRun run = CliRun.of(args);
      assertEquals(1, run.exitCode(), String.join(" ", args) + "\n" + run.err());
    }
  }

  @Test
  void withoutDetailedExitCodeAUsageErrorKeepsExitTwo() {
    String[][] usageErrors = {
      {"plan", "--bogus"},
      {"plan"},
      {"plan", "-f", example, "--parallelism", "many"},
      {"plan", "-f", example, "--format", "yaml"},
      {"plan", "-f", example, "--sandbox", "--endpoint-url", endpoint()}
    };
    for (String[] args : usageErrors) {
      CliRun run = CliRun.of(args);
      assertEquals(2, run.exitCode(), String.join(" ", args) + "\n" + run.err());
    }
  }

  @Test
  void theHelpListsTheExitCodesAsTheyAre() {
    String help = CliRun.of("plan", "--help").out().replaceAll("\\s+", " ");
    assertTrue(help.contains("0 success (with --detailed-exitcode: no changes)"), help);
    assertTrue(
        help.contains(
            "1 error: an invalid config, a problem in the plan, AWS unreachable... (with"
                + " --detailed-exitcode, a usage error too)"),
        help);
    assertTrue(
        help.contains("2 usage error (with --detailed-exitcode: changes present, and only that)"),
        help);
  }

  @Test
  void theSavedPlanReadsBackWithItsProvenance() {
    Path out = dir.resolve("seed.plan.json");
    CliRun run =
        CliRun.of("plan", "-f", example, "--endpoint-url", endpoint(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    Plan plan = PlanFile.read(out);
    assertEquals(5, plan.count(Action.CREATE));
    assertEquals(64, plan.provenance().configDigest().length());
    assertTrue(plan.liveFingerprints().containsKey("eks:cluster/eksworkshop-eksctl"));
  }

  @Test
  void jsonOutputHasTheFormatVersionAndChanges() {
    CliRun run = CliRun.of("plan", "-f", example, "--endpoint-url", endpoint(), "-o", "json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"formatVersion\""), run.out());
    assertTrue(run.out().matches("(?s).*\"action\"\\s*:\\s*\"create\".*"), run.out());
  }

  @Test
  void aMissingConfigSaysSoInWords() {
    String missing = dir.resolve("nope.yaml").toString();
    CliRun run = CliRun.of("plan", "-f", missing, "--endpoint-url", endpoint());
    assertTrue(
        run.err().contains("eksform: cannot read " + missing + ": no such file\n"), run.err());
    assertTrue(run.err().contains("hint: check the path given with -f"), run.err());
  }

  @Test
  void anInvalidConfigIsNotPlanned() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(Path.of(example)).replace("selectors:", "selector:"));
    CliRun run = CliRun.of("plan", "-f", bad.toString(), "--endpoint-url", endpoint());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("error[schema/unknown-field]"), run.err());
    assertTrue(run.err().contains("fix them before planning"), run.err());
  }

  @Test
  void aPublicSubnetFailsThePlanAtItsLine() throws IOException {
    Path bad = dir.resolve("public.yaml");
    Files.writeString(
        bad,
        Files.readString(Path.of(example))
            .replace(
                "    selectors:",
                "    subnets:\n      - subnet-0a11111111111111a\n    selectors:"));
    CliRun run = CliRun.of("plan", "-f", bad.toString(), "--endpoint-url", endpoint());
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.err().contains("is public"), run.err());
    assertTrue(run.err().matches("(?s).*public\\.yaml:\\d+:\\d+: error\\[plan\\].*"), run.err());
  }

  @Test
  void anUnreachableEndpointIsAClearError() {
    CliRun run = CliRun.of("plan", "-f", example, "--endpoint-url", "http://127.0.0.1:1");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("cannot reach http://127.0.0.1:1"), run.err());
    assertTrue(run.err().contains("hint:"), run.err());
  }

  @Test
  void sandboxAndEndpointTogetherAreAUsageError() {
    CliRun run = CliRun.of("plan", "-f", example, "--sandbox", "--endpoint-url", endpoint());
    assertEquals(2, run.exitCode());
  }

  @Test
  void aPolicyOverThePlanFailsIt() throws IOException {
    Path policies = dir.resolve("policies");
    Files.createDirectories(policies);
    Files.writeString(
        policies.resolve("plan.rego"),
        """
        package main

        deny contains msg if {
          some i
          change := input.plan.changes[i]
          change.type == "fargate_profile"
          change.action == "create"
          msg := {"msg": sprintf("%s needs a change ticket", [change.address]),
                  "path": sprintf("/plan/changes/%d", [i])}
        }
        """);
    CliRun run =
        CliRun.of(
            "plan", "-f", example, "--endpoint-url", endpoint(), "--policy", policies.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(
        run.err().contains("fargate_profile.fargate-productcatalog needs a change ticket"),
        run.err());
    assertTrue(
        run.err().matches("(?s).*clusterconfig\\.yaml:\\d+:\\d+: error\\[plan\\].*"), run.err());
  }
}

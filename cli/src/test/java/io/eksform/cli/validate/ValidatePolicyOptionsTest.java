package io.eksform.cli.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy options of validate: custom Rego, the built-in switch, baselines, SARIF rules. */
class ValidatePolicyOptionsTest {
  @TempDir Path dir;
  Path config;

  @BeforeEach
  void write() throws IOException {
    config = dir.resolve("c.yaml");
    Files.writeString(
        config,
        "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: demo\n"
            + "  region: us-west-2\nfargateProfiles:\n  - name: eks-demo\n    selectors:\n"
            + "      - namespace: apps\n");
  }

  @Test
  void builtinRuleIsReportedAtItsLine() {
    CliRun run = CliRun.of("validate", config.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.out().contains("c.yaml:7:5: error[fargate/name-reserved-prefix]"), run.out());
  }

  @Test
  void customPolicyWithoutBuiltins() throws IOException {
    Path policy = dir.resolve("policy");
    Files.createDirectories(policy);
    Files.writeString(
        policy.resolve("team.rego"),
        "package main\nimport rego.v1\n"
            + "warn contains {\"msg\": \"region must be eu\", \"path\": [\"metadata\", \"region\"]}"
            + " if not startswith(input.metadata.region, \"eu-\")\n");
    CliRun run =
        CliRun.of("validate", "--no-builtin", "--policy", policy.toString(), config.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("c.yaml:5:3: warning[main/warn]: region must be eu"), run.out());
    assertFalse(run.out().contains("fargate/"), run.out());
  }

  @Test
  void baselineAcceptsExistingFindings() {
    Path baseline = dir.resolve("baseline.json");
    CliRun write =
        CliRun.of("validate", "--write-baseline", baseline.toString(), config.toString());
    assertEquals(0, write.exitCode(), write.err());
    assertTrue(Files.isRegularFile(baseline));
    CliRun run = CliRun.of("validate", "--baseline", baseline.toString(), config.toString());
    assertEquals(0, run.exitCode(), run.out());
    assertTrue(run.out().contains("1 suppressed"), run.out());
  }

  @Test
  void sarifDescribesPolicyRulesWithTheirPages() {
    CliRun run = CliRun.of("validate", "--format", "sarif", config.toString());
    assertTrue(run.out().contains("docs/rules/fargate/name-reserved-prefix.md"), run.out());
    assertTrue(run.out().contains("Fargate profile name uses the reserved eks- prefix"), run.out());
  }

  @Test
  void brokenPolicyIsAClearUsageError() throws IOException {
    Path policy = dir.resolve("broken");
    Files.createDirectories(policy);
    Files.writeString(policy.resolve("x.rego"), "package main\ndeny contains if {\n");
    CliRun run = CliRun.of("validate", "--policy", policy.toString(), config.toString());
    assertEquals(2, run.exitCode(), run.out());
    assertTrue(run.err().contains("x.rego"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }
}

package io.eksform.cli.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code eksform graph}: the apply order of a saved plan as Mermaid or DOT. */
class GraphCommandTest {
  static final Path SEED_PLAN =
      CliRun.projectDir().resolve("engine/src/test/resources/report/plan/seed-create/plan.json");

  @Test
  void drawsASavedPlanAsAMermaidFlowchart() {
    CliRun run = CliRun.of("graph", "--plan", SEED_PLAN.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("flowchart LR\n"), run.out());
    assertTrue(run.out().contains("c1[\"+ oidc_provider\"]"), run.out());
    assertTrue(run.out().contains("c1 --> c4"), "the service account waits for the OIDC provider");
  }

  @Test
  void drawsItAsDotOnRequest() {
    CliRun run = CliRun.of("graph", "--plan", SEED_PLAN.toString(), "--format", "dot");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("digraph plan {\n"), run.out());
    assertTrue(run.out().contains("c3 -> c5;"), run.out());
  }

  @Test
  void withAConfigItPlansAgainstTheEndpointFirst() {
    String example =
        CliRun.projectDir().resolve("examples/prodcatalog/clusterconfig.yaml").toString();
    Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop"));
    System.setProperty("aws.accessKeyId", io.eksform.sandbox.http.SandboxKeys.ACCESS_KEY_ID);
    System.setProperty(
        "aws.secretAccessKey", io.eksform.sandbox.http.SandboxKeys.SECRET_ACCESS_KEY);
    try {
      CliRun run =
          CliRun.of("graph", "-f", example, "--endpoint-url", sandbox.endpoint().toString());
      assertEquals(0, run.exitCode(), run.err());
      CliRun saved = CliRun.of("graph", "--plan", SEED_PLAN.toString());
      assertEquals(saved.out(), run.out(), "the live seed plan has the saved plan's graph");
    } finally {
      sandbox.close();
      System.clearProperty("aws.accessKeyId");
      System.clearProperty("aws.secretAccessKey");
    }
  }

  @Test
  void aConfigWithErrorsIsNotDrawn() throws java.io.IOException {
    Path bad = java.nio.file.Files.createTempFile("eksform-graph", ".yaml");
    try {
      java.nio.file.Files.writeString(
          bad, "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: x\n");
      CliRun run = CliRun.of("graph", "-f", bad.toString(), "--endpoint-url", "http://127.0.0.1:9");
      assertEquals(1, run.exitCode(), run.err());
      assertEquals("", run.out());
    } finally {
      java.nio.file.Files.deleteIfExists(bad);
    }
  }

  @Test
  void needsAPlanOrAConfig() {
    CliRun run = CliRun.of("graph");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--plan=PLANFILE") || run.err().contains("Missing"), run.err());
  }

  @Test
  void takesOnlyOneSource() {
    CliRun run = CliRun.of("graph", "--plan", SEED_PLAN.toString(), "-f", "x.yaml");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("mutually exclusive"), run.err());
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun run = CliRun.of("graph", "--plan", SEED_PLAN.toString(), "--format", "svg");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("use one of mermaid, dot"), run.err());
  }
}

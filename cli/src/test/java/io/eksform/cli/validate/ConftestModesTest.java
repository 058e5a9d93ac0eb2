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

/** conftest's ways of feeding documents to policies: --parser, --combine and --trace. */
class ConftestModesTest {
  @TempDir Path dir;
  Path policy;
  Path manifests;

  @BeforeEach
  void write() throws IOException {
    policy = Files.createDirectories(dir.resolve("policy"));
    Files.writeString(
        policy.resolve("k8s.rego"),
        """
        package main
        deny[msg] {
          input.kind == "Deployment"
          not input.spec.securityContext.runAsNonRoot
          msg := sprintf("%s must run as non-root", [input.metadata.name])
        }
        deny_too_many[msg] {
          is_array(input)
          count(input) > 1
          msg := sprintf("%d documents", [count(input)])
        }
        """);
    manifests = dir.resolve("deploy.yaml");
    Files.writeString(
        manifests,
        """
        kind: Deployment
        metadata:
          name: web
        ---
        kind: Deployment
        metadata:
          name: api
        spec:
          securityContext:
            runAsNonRoot: true
        """);
  }

  @Test
  void aYamlFileReadAsJsonIsRefusedAtItsLineWithTheParserToUse() {
    CliRun run =
        CliRun.of(
            "validate",
            "--parser",
            "json",
            "--rego-version",
            "v0",
            "--policy",
            policy.toString(),
            manifests.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("deploy.yaml:1:1: not valid JSON: "), run.err());
    assertTrue(run.err().contains("use --parser yaml"), run.err());
  }

  @Test
  void parserJudgesEachPlainDocumentAtItsLine() {
    CliRun run =
        CliRun.of(
            "validate",
            "--parser",
            "yaml",
            "--rego-version",
            "v0",
            "--policy",
            policy.toString(),
            manifests.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(
        run.out().contains("deploy.yaml:1:1: error[main/deny]: web must run as non-root"),
        run.out());
    assertFalse(run.out().contains("api must"), run.out());
    assertFalse(run.out().contains("deny_too_many"), run.out());
  }

  @Test
  void combineGivesAllDocumentsAsOneArray() {
    CliRun run =
        CliRun.of(
            "validate",
            "--combine",
            "--rego-version",
            "v0",
            "--policy",
            policy.toString(),
            manifests.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.out().contains("combined: error[main/deny_too_many]: 2 documents"), run.out());
  }

  @Test
  void traceShowsWhereARuleStops() {
    CliRun run =
        CliRun.of(
            "validate",
            "--parser",
            "yaml",
            "--rego-version",
            "v0",
            "--policy",
            policy.toString(),
            "--trace",
            "main.deny",
            manifests.toString());
    assertTrue(run.err().contains("trace of main.deny for "), run.err());
    assertTrue(run.err().contains("| Exit data.main.deny"), run.err());
    assertTrue(
        run.err().contains("k8s.rego:4 not input.spec.securityContext.runAsNonRoot"), run.err());
    assertTrue(run.err().contains("| Fail "), run.err());
  }
}

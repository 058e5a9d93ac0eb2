package io.eksform.cli.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private final String example =
      CliRun.projectDir().resolve("examples/prodcatalog/clusterconfig.yaml").toString();

  @TempDir Path dir;

  @Test
  void theSeedExampleValidatesClean() {
    CliRun run = CliRun.of("validate", example);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().strip().endsWith("1 file checked, 0 errors, 0 warnings"), run.out());
  }

  @Test
  void findingsExitWithOneAndPointAtTheLine() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: x\n  region: us-west-2\n  zone: a\n");
    CliRun run = CliRun.of("validate", bad.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains("bad.yaml:6:3: error[schema/unknown-field]"), run.out());
    assertTrue(run.out().contains("6 |   zone: a"), run.out());
  }

  @Test
  void aMistypedRegionIsOneFindingWithTheClosestRegion() throws IOException {
    String config = "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: x\n";
    Path typo = Files.writeString(dir.resolve("typo.yaml"), config + "  region: us-wset-2\n");
    Path form = Files.writeString(dir.resolve("form.yaml"), config + "  region: US-west2\n");
    for (Path file : new Path[] {typo, form}) {
      CliRun run = CliRun.of("validate", file.toString());
      assertEquals(1, run.exitCode(), run.out());
      assertTrue(run.out().contains("error[metadata/region-unknown]"), run.out());
      assertTrue(!run.out().contains("schema/pattern"), run.out());
      assertTrue(run.out().contains("= hint: did you mean 'us-west-2'?"), run.out());
      assertTrue(run.out().contains("1 error,"), run.out());
    }
  }

  @Test
  void pathsInMessagesAreNormalisedAndRelativeToTheWorkingFolder() {
    Path here = Path.of("").toAbsolutePath();
    String roundabout = here.resolve("../" + here.getFileName() + "/./no-such-policies").toString();
    CliRun run = CliRun.of("validate", "--policy", roundabout, example);
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("policy folder no-such-policies does not exist"), run.err());
    CliRun missing = CliRun.of("validate", "./x/../no-such.yaml");
    assertTrue(missing.out().startsWith("no-such.yaml: error[file/unreadable]"), missing.out());
  }

  @Test
  void unknownFormatIsAUsageErrorListingTheFormats() {
    CliRun run = CliRun.of("validate", "--format", "xml", example);
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("unknown output format 'xml'"), run.err());
    assertTrue(run.err().contains("text, json, sarif, github, junit"), run.err());
  }

  @Test
  void missingPathIsAUsageError() {
    CliRun run = CliRun.of("validate");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("Missing required parameter"), run.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("validate", "--fromat", "json", example);
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--fromat"), run.err());
  }

  @Test
  void badSeverityAndSizeAreUsageErrors() {
    assertEquals(2, CliRun.of("validate", "--fail-on", "fatal", example).exitCode());
    assertEquals(2, CliRun.of("validate", "--max-file-size", "lots", example).exitCode());
  }

  @Test
  void failOnWarningTurnsWarningsIntoFailures() throws IOException {
    Path k8s = dir.resolve("deploy.yaml");
    Files.writeString(k8s, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n");
    assertEquals(0, CliRun.of("validate", k8s.toString()).exitCode());
    assertEquals(0, CliRun.of("validate", "--fail-on", "warning", k8s.toString()).exitCode());
    assertEquals(1, CliRun.of("validate", "--fail-on", "info", k8s.toString()).exitCode());
  }

  @Test
  void everyFormatRendersTheExample() {
    for (String format : new String[] {"text", "json", "sarif", "github", "junit"}) {
      CliRun run = CliRun.of("validate", "-o", format, example);
      assertEquals(0, run.exitCode(), format + ": " + run.err());
      assertEquals(format.equals("github"), run.out().isBlank(), format + " output:" + run.out());
    }
    assertTrue(CliRun.of("validate", "-o", "json", example).out().contains("\"formatVersion\""));
  }

  @Test
  void helpDescribesTheExitCodes() {
    CliRun run = CliRun.of("validate", "--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("Exit codes:"), run.out());
  }

  @Test
  void sizesParse() {
    assertEquals(10L * 1024 * 1024, Sizes.parse("10MiB"));
    assertEquals(512L * 1024, Sizes.parse("512KiB"));
    assertEquals(42, Sizes.parse("42"));
  }
}

package io.eksform.cli.show;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eksform show}: a saved plan in every format, and clear refusals of what is not one. */
class ShowCommandTest {
  /** The seed scenario's creation plan, as the engine's golden tests save it. */
  static final Path SEED_PLAN =
      CliRun.projectDir().resolve("engine/src/test/resources/report/plan/seed-create/plan.json");

  @TempDir Path dir;

  @Test
  void showsASavedPlanAsText() {
    CliRun run = CliRun.of("show", SEED_PLAN.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("  + fargate_profile.fargate-productcatalog\n"), run.out());
    assertTrue(
        run.out().endsWith("Plan: 5 to create, 0 to update, 0 to replace, 0 to delete.\n"),
        run.out());
  }

  @Test
  void theJsonFormatGivesBackTheSavedDocument() throws IOException {
    CliRun run = CliRun.of("show", "--format", "json", SEED_PLAN.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(Files.readString(SEED_PLAN), run.out());
  }

  @Test
  void theMarkdownFormatIsAPullRequestComment() {
    CliRun run = CliRun.of("show", "-o", "markdown", SEED_PLAN.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("### eksform plan for `eksworkshop-eksctl`"), run.out());
    assertTrue(run.out().contains("| 5 | 0 | 0 | 0 |"), run.out());
  }

  @Test
  void aFileThatIsNotAPlanIsRefusedWithAHint() throws IOException {
    Path config = dir.resolve("clusterconfig.yaml");
    Files.writeString(config, "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n");
    CliRun run = CliRun.of("show", config.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("is not an eksform plan: it is not valid JSON"), run.err());
    assertTrue(
        run.err().contains("hint: give a file written by eksform plan --out FILE"), run.err());
    assertTrue(!run.err().contains("Exception"), run.err());
  }

  @Test
  void aCutShortPlanSaysSo() throws IOException {
    String whole = Files.readString(SEED_PLAN);
    Path cut = dir.resolve("plan.json");
    Files.writeString(cut, whole.substring(0, 500));
    CliRun run = CliRun.of("show", cut.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("is cut short"), run.err());
  }

  @Test
  void anUnknownFormatIsAUsageErrorListingTheFormats() {
    CliRun run = CliRun.of("show", "--format", "sarif", SEED_PLAN.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("use one of text, json, markdown"), run.err());
  }
}

package io.eksform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The config's {@code metadata.region} decides where every command that reads a config works; a
 * region the environment or a flag names that disagrees is an error naming both, before anything is
 * read or changed. Each run is a process of its own, with the environment it needs.
 */
class RegionEndToEndTest {
  static final Map<String, String> ELSEWHERE = Map.of("AWS_REGION", "eu-west-1");
  static final String CONFLICT =
      "eksform: metadata.region is us-west-2 (clusters/prodcatalog.yaml:14) but AWS_REGION is"
          + " eu-west-1; eksform uses the config's region, as eksctl does";
  static final String HINT = "hint: unset AWS_REGION or change metadata.region";

  @TempDir Path dir;

  /** The prodcatalog example, in the working folder as clusters/prodcatalog.yaml. */
  String config() throws Exception {
    Path file = dir.resolve("clusters/prodcatalog.yaml");
    Files.createDirectories(file.getParent());
    Files.copy(CliRun.projectDir().resolve("examples/prodcatalog/clusterconfig.yaml"), file);
    return "clusters/prodcatalog.yaml";
  }

  static void assertConflict(EksformProcess run) {
    assertEquals(1, run.exitCode(), run.output());
    assertTrue(run.output().contains(CONFLICT), run.output());
    assertTrue(run.output().contains(HINT), run.output());
    assertFalse(run.output().contains("embedded sandbox"), "nothing was read: " + run.output());
  }

  @Test
  void planAndApplyRefuseARegionTheEnvironmentNamesAgainstTheConfig() throws Exception {
    String config = config();
    assertConflict(EksformProcess.run(dir, ELSEWHERE, "plan", "-f", config, "--sandbox"));
    assertConflict(
        EksformProcess.run(dir, ELSEWHERE, "apply", "-f", config, "--sandbox", "--auto-approve"));

    EksformProcess saved =
        EksformProcess.run(dir, Map.of(), "plan", "-f", config, "--sandbox", "--out", "p.plan");
    assertEquals(0, saved.exitCode(), saved.output());
    assertTrue(
        saved.output().contains("apply it with: eksform apply p.plan --sandbox"), saved.output());
    EksformProcess applied = EksformProcess.run(dir, ELSEWHERE, "apply", "p.plan", "--sandbox");
    assertEquals(1, applied.exitCode(), applied.output());
    assertTrue(applied.output().contains(CONFLICT), applied.output());
  }

  @Test
  void anAgreeingEnvironmentSaysNothing() throws Exception {
    String config = config();
    EksformProcess run =
        EksformProcess.run(
            dir, Map.of("AWS_REGION", "us-west-2"), "plan", "-f", config, "--sandbox");
    assertEquals(0, run.exitCode(), run.output());
    assertFalse(run.output().contains("metadata.region"), run.output());
    assertTrue(run.output().contains("in us-west-2"), run.output());
  }

  @Test
  void forceUnlockWithAConfigRefusesADisagreeingEnvironmentOrFlag() throws Exception {
    String config = config();
    String[] unlock = {
      "force-unlock", "some-id", "--lock-table", "eksform-locks", "-f", config, "--sandbox"
    };
    assertConflict(EksformProcess.run(dir, ELSEWHERE, unlock));

    EksformProcess flag =
        EksformProcess.run(
            dir,
            Map.of(),
            "force-unlock",
            "some-id",
            "--lock-table",
            "eksform-locks",
            "-f",
            config,
            "--region",
            "eu-west-1",
            "--sandbox");
    assertEquals(1, flag.exitCode(), flag.output());
    assertTrue(
        flag.output()
            .contains(
                "metadata.region is us-west-2 (clusters/prodcatalog.yaml:14) but --region is"
                    + " eu-west-1"),
        flag.output());
    assertTrue(flag.output().contains("hint: drop --region or change metadata.region"));
  }

  @Test
  void checkLiveReportsTheConflictForTheFile() throws Exception {
    String config = config();
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      Files.writeString(dir.resolve(config), Files.readString(dir.resolve(config)) + "# base\n");
      commit(git, "base");
      git.branchCreate().setName("base").call();
      Files.writeString(
          dir.resolve(config), Files.readString(dir.resolve(config)).replace("# base\n", ""));
      commit(git, "head");
    }
    EksformProcess run =
        EksformProcess.run(dir, ELSEWHERE, "check", "--base", "base", "--live", "--sandbox");
    assertTrue(
        run.output()
            .contains(
                "live plan failed: metadata.region is us-west-2 (clusters/prodcatalog.yaml:14)"
                    + " but AWS_REGION is eu-west-1"),
        run.output());
  }

  private static void commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.commit()
        .setMessage(message)
        .setAuthor("t", "t@example.invalid")
        .setCommitter("t", "t@example.invalid")
        .setSign(false)
        .call();
  }
}

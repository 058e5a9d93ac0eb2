package io.eksform.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a changed config's intent plan does not act on, in the check and with --strict, and its
 * errors as findings at their lines.
 */
class CheckStrictTest {
  @TempDir Path dir;

  /** The branch adds secrets encryption (not managed yet) to a config that was fully managed. */
  @BeforeEach
  void repository() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      GitFiles.write(dir, "clusters/shop.yaml", CheckCommandTest.config("shop", "apps", 2, ""));
      GitFiles.commit(git, "base");
      git.checkout().setCreateBranch(true).setName("feature").call();
      GitFiles.write(
          dir,
          "clusters/shop.yaml",
          CheckCommandTest.config(
              "shop",
              "apps",
              2,
              "accessConfig:\n  accessEntries:\n"
                  + "    - principalARN: arn:aws:iam::111122223333:role/admin\n"));
      GitFiles.commit(git, "give admins access");
    }
  }

  private CliRun check(String... extra) {
    String[] base = {"check", "--base", "main", "-C", dir.toString()};
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return CliRun.of(all);
  }

  @Test
  void theIntentPlanNamesWhatItDoesNotActOn() {
    CliRun run = check();
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("accessConfig.accessEntries (line 8)"), run.out());
    assertTrue(run.out().contains("No changes to what eksform manages"), run.out());
  }

  @Test
  void theCommentListsIt() {
    CliRun run = check("--format", "markdown");
    assertTrue(
        run.out().contains("### Not acted on (eksform does not manage these yet"), run.out());
    assertTrue(run.out().contains("- `accessConfig.accessEntries` (line 8)"), run.out());
  }

  @Test
  void aPlanErrorIsAFindingAtItsLineThatFailsTheCheck() throws Exception {
    try (Git git = Git.open(dir.toFile())) {
      GitFiles.write(
          dir,
          "clusters/shop.yaml",
          CheckCommandTest.config("shop", "apps", 2, "")
              + "  - name: gpu\n    instanceType: g5.xlarge\n    privateNetworking: true\n"
              + "    volumeType: gp3\n");
      GitFiles.commit(git, "a gpu group");
    }
    CliRun run = check("--format", "github");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(
        run.out()
            .contains(
                "::error file=clusters/shop.yaml,line=20,col=5,title=plan::"
                    + "managed_nodegroup.gpu would be created without managedNodeGroups[1].volumeType"),
        run.out());
    assertTrue(!run.out().contains("adopted:"), "an intent plan adopts nothing: " + run.out());
  }

  @Test
  void strictFailsTheCheck() {
    CliRun run = check("--strict");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("accessConfig.accessEntries is not acted on"), run.out());
  }
}

package io.eksform.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eksform check PATH...}: only the changed files under the given folders, files or globs
 * count, in a JGit-built repository whose branch changes configs in several folders, some with
 * spaces and shell metacharacters in their names.
 */
class CheckPathsTest {
  private static final String ODD = "team $(x) [eu] `y`";

  @TempDir Path dir;

  private void write(String path, String text) throws Exception {
    GitFiles.write(dir, path, text);
  }

  @BeforeEach
  void repository() throws Exception {
    List<String> files =
        List.of(
            "prod/eu.yaml",
            "prod/us.yaml",
            "staging/eu.yaml",
            "prod-old/eu.yaml",
            ODD + "/shop.yaml",
            "gone/old.yaml");
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      for (String f : files) {
        write(f, CheckCommandTest.config("c" + Math.abs(f.hashCode()), "apps", 2, ""));
      }
      GitFiles.commit(git, "base");
      git.checkout().setCreateBranch(true).setName("feature").call();
      for (String f : files) {
        write(f, CheckCommandTest.config("c" + Math.abs(f.hashCode()), "apps", 3, ""));
      }
      Files.delete(dir.resolve("gone/old.yaml"));
      Files.move(dir.resolve("prod-old/eu.yaml"), dir.resolve("prod-old/eu-renamed.yaml"));
      GitFiles.commit(git, "branch");
    }
  }

  private List<String> checked(String... paths) throws Exception {
    List<String> args =
        new ArrayList<>(List.of("check", "--base", "main", "-C", dir.toString(), "-o", "json"));
    args.add("--");
    args.addAll(List.of(paths));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.out() + run.err());
    JsonNode root = JsonMapper.builder().build().readTree(run.out());
    List<String> out = new ArrayList<>();
    root.get("files").forEach(f -> out.add(f.get("path").asString()));
    return out;
  }

  @Test
  void withoutPathsEveryChangedFileCounts() throws Exception {
    assertEquals(6, checked().size());
  }

  @Test
  void aFolderTakesTheFilesUnderItAndNotItsNamesakes() throws Exception {
    assertEquals(List.of("prod/eu.yaml", "prod/us.yaml"), checked("prod"));
    assertEquals(List.of("prod/eu.yaml", "prod/us.yaml"), checked("./prod/"));
  }

  @Test
  void aFileAndSeveralPathsTogether() throws Exception {
    assertEquals(List.of("prod/us.yaml", "staging/eu.yaml"), checked("prod/us.yaml", "staging"));
  }

  @Test
  void aGlobMatchesFilesAndTheFilesOfTheFoldersItMatches() throws Exception {
    // prod-old/eu-renamed.yaml was prod-old/eu.yaml at the merge base.
    assertEquals(
        List.of("prod-old/eu-renamed.yaml", "prod/eu.yaml", "staging/eu.yaml"),
        checked("*/eu.yaml"));
    assertEquals(List.of("prod/us.yaml"), checked("*/us.yaml"));
    assertEquals(
        List.of("prod-old/eu-renamed.yaml", "prod/eu.yaml", "prod/us.yaml"), checked("prod*"));
  }

  @Test
  void aNameWithSpacesAndMetacharactersIsTakenLiterally() throws Exception {
    assertEquals(List.of(ODD + "/shop.yaml"), checked(ODD));
    assertEquals(List.of(ODD + "/shop.yaml"), checked(dir.resolve(ODD).toString()));
  }

  @Test
  void aRenameCountsUnderItsOldOrNewPathAndADeletionUnderItsPath() throws Exception {
    assertEquals(List.of("prod-old/eu-renamed.yaml"), checked("prod-old/eu.yaml"));
    assertEquals(List.of("gone/old.yaml"), checked("gone"));
  }

  @Test
  void aPathThatMatchesNoFileIsAUsageError() {
    CliRun run = CliRun.of("check", "--base", "main", "-C", dir.toString(), "--", "nowhere");
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("the path 'nowhere' matches no file of HEAD"), run.err());
  }

  @Test
  void pathsLimitAllToo() throws Exception {
    CliRun run = CliRun.of("check", "--all", "-C", dir.toString(), "-o", "json", "staging");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = JsonMapper.builder().build().readTree(run.out());
    assertEquals(1, root.get("files").size(), run.out());
    assertEquals("staging/eu.yaml", root.get("files").get(0).get("path").asString());
  }

  @Test
  void aPathOutsideTheRepositoryIsAUsageError() {
    CliRun run = CliRun.of("check", "--base", "main", "-C", dir.toString(), "../elsewhere");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("leaves the repository"), run.err());
    CliRun absolute = CliRun.of("check", "--base", "main", "-C", dir.toString(), "/etc");
    assertEquals(2, absolute.exitCode(), absolute.err());
    assertTrue(absolute.err().contains("is outside the repository"), absolute.err());
  }

  @Test
  void neitherBaseNorAllIsAUsageError() {
    CliRun run = CliRun.of("check", "-C", dir.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("give --base REF"), run.err());
  }
}

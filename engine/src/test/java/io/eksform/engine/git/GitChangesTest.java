package io.eksform.engine.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitChangesTest {
  @TempDir Path dir;

  private static final String DEPLOYMENT =
      "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n";

  private static final String FARGATE =
      "apiVersion: eksctl.io/v1alpha5\n"
          + "kind: ClusterConfig\n"
          + "metadata: {name: e, region: eu-west-1}\n"
          + "fargateProfiles:\n"
          + "  - name: fp-apps\n"
          + "    selectors: [{namespace: apps}]\n";

  /**
   * main: a, b, c, d configs and a Kubernetes manifest; branch: a modified, b renamed, c deleted, e
   * added.
   */
  private TestRepo branchRepo() throws Exception {
    TestRepo repo = TestRepo.init(dir);
    repo.write("clusters/a.yaml", TestRepo.config("a", 2))
        .write("clusters/b.yaml", TestRepo.config("b", 2))
        .write("clusters/c.yaml", TestRepo.config("c", 2))
        .write("clusters/d.yaml", TestRepo.config("d", 2))
        .write("k8s/web.yaml", DEPLOYMENT)
        .commit("base");
    repo.branch("feature");
    repo.write("clusters/a.yaml", TestRepo.config("a", 5))
        .delete("clusters/b.yaml")
        .write("clusters/renamed-b.yaml", TestRepo.config("b", 2))
        .delete("clusters/c.yaml")
        .write("clusters/e.yml", FARGATE)
        .write("k8s/web.yaml", DEPLOYMENT + "spec: {}\n")
        .write("README.md", "clusters live here; kind: ClusterConfig\n")
        .commit("branch");
    return repo;
  }

  private static Map<String, ChangedFile> byPath(ChangeSet set) {
    return set.files().stream().collect(Collectors.toMap(ChangedFile::path, Function.identity()));
  }

  @Test
  void findsModifiedAddedRenamedAndDeletedConfigsOnly() throws Exception {
    try (TestRepo repo = branchRepo()) {
      ChangeSet set = new GitChanges(dir).changed("main", "HEAD");
      Map<String, ChangedFile> files = byPath(set);
      assertEquals(
          Set.of("clusters/a.yaml", "clusters/renamed-b.yaml", "clusters/c.yaml", "clusters/e.yml"),
          files.keySet());
      assertEquals(ChangeKind.MODIFIED, files.get("clusters/a.yaml").kind());
      assertEquals(ChangeKind.RENAMED, files.get("clusters/renamed-b.yaml").kind());
      assertEquals(Optional.of("clusters/b.yaml"), files.get("clusters/renamed-b.yaml").oldPath());
      assertEquals(ChangeKind.DELETED, files.get("clusters/c.yaml").kind());
      assertTrue(files.get("clusters/c.yaml").headText().isEmpty());
      assertEquals(Optional.of(TestRepo.config("c", 2)), files.get("clusters/c.yaml").baseText());
      assertEquals(ChangeKind.ADDED, files.get("clusters/e.yml").kind());
      assertTrue(files.get("clusters/e.yml").baseText().isEmpty());
      assertEquals(dir.toRealPath(), set.root().toRealPath());
    }
  }

  @Test
  void modifiedFileHasBothTextsAndOnlyTheTouchedLine() throws Exception {
    try (TestRepo repo = branchRepo()) {
      ChangedFile a = byPath(new GitChanges(dir).changed("main", "HEAD")).get("clusters/a.yaml");
      assertEquals(Optional.of(TestRepo.config("a", 2)), a.baseText());
      assertEquals(Optional.of(TestRepo.config("a", 5)), a.headText());
      // desiredCapacity is line 12.
      assertEquals(List.of(new LineRanges.Range(12, 12)), a.changedLines().ranges());
      assertTrue(a.touches(12));
      assertFalse(a.touches(4));
    }
  }

  @Test
  void addedFileTouchesEveryLine() throws Exception {
    try (TestRepo repo = branchRepo()) {
      ChangedFile e = byPath(new GitChanges(dir).changed("main", "HEAD")).get("clusters/e.yml");
      assertEquals(List.of(new LineRanges.Range(1, 6)), e.changedLines().ranges());
    }
  }

  @Test
  void usesTheMergeBaseNotTheTipOfTheBase() throws Exception {
    try (TestRepo repo = branchRepo()) {
      repo.checkout("main");
      repo.write("clusters/d.yaml", TestRepo.config("d", 9)).commit("main moved on");
      repo.checkout("feature");
      ChangeSet set = new GitChanges(dir).changed("main", "feature");
      assertFalse(byPath(set).containsKey("clusters/d.yaml"));
      ChangeSet explicitHead = new GitChanges(dir).changed("main", "main");
      assertTrue(explicitHead.files().isEmpty());
    }
  }

  @Test
  void allListsEveryConfigOfTheHead() throws Exception {
    try (TestRepo repo = branchRepo()) {
      ChangeSet set = new GitChanges(dir).all("HEAD");
      assertEquals(
          List.of(
              "clusters/a.yaml", "clusters/d.yaml", "clusters/e.yml", "clusters/renamed-b.yaml"),
          set.files().stream().map(ChangedFile::path).toList());
      assertTrue(set.files().stream().allMatch(f -> f.kind() == ChangeKind.UNCHANGED));
    }
  }

  @Test
  void unknownRefIsAClearProblem() throws Exception {
    try (TestRepo repo = branchRepo()) {
      GitProblem e =
          assertThrows(GitProblem.class, () -> new GitChanges(dir).changed("origin/nope", "HEAD"));
      assertTrue(e.getMessage().contains("'origin/nope' does not exist"), e.getMessage());
      assertTrue(e.hint().contains("fetch-depth: 0"));
    }
  }

  @Test
  void folderOutsideARepositoryIsAClearProblem(@TempDir Path elsewhere) {
    GitProblem e =
        assertThrows(GitProblem.class, () -> new GitChanges(elsewhere).changed("main", "HEAD"));
    assertTrue(e.getMessage().contains("not inside a git repository"), e.getMessage());
  }

  @Test
  void deletionTouchesTheLinesAroundIt() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("c.yaml", TestRepo.config("x", 2) + "    volumeSize: 20\n").commit("base");
      repo.branch("f");
      repo.write("c.yaml", TestRepo.config("x", 2)).commit("drop a line");
      ChangedFile f = new GitChanges(dir).changed("main", "HEAD").files().get(0);
      assertTrue(f.touches(12));
      assertFalse(f.touches(2));
      assertEquals(Optional.empty(), f.oldPath());
    }
  }
}

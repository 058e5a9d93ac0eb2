package io.eksform.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CheckCommandTest {
  @TempDir Path dir;

  static String config(String name, String namespace, int desired, String extra) {
    return "apiVersion: eksctl.io/v1alpha5\n"
        + "kind: ClusterConfig\n"
        + "metadata:\n"
        + "  name: "
        + name
        + "\n"
        + "  region: eu-west-1\n"
        + "  version: \"1.32\"\n"
        + extra
        + "fargateProfiles:\n"
        + "  - name: fp-apps\n"
        + "    selectors:\n"
        + "      - namespace: "
        + namespace
        + "\n"
        + "managedNodeGroups:\n"
        + "  - name: ng-1\n"
        + "    instanceType: m5.large\n"
        + "    minSize: 1\n"
        + "    maxSize: 10\n"
        + "    desiredCapacity: "
        + desired
        + "\n";
  }

  private void write(String path, String text) throws Exception {
    GitFiles.write(dir, path, text);
  }

  /**
   * main: shop.yaml, broken.yaml (an unknown key on line 7), old.yaml, a Kubernetes manifest. The
   * branch changes shop.yaml (selector and scaling), a line of broken.yaml far from its error,
   * deletes old.yaml, adds new.yaml and edits the manifest.
   */
  @BeforeEach
  void repository() throws Exception {
    branchRepository(dir);
  }

  /** The repository described above, built in {@code dir}. */
  static void branchRepository(Path dir) throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      GitFiles.write(dir, "clusters/shop.yaml", config("shop", "apps", 2, ""));
      GitFiles.write(dir, "clusters/broken.yaml", config("broken", "apps", 2, "colour: blue\n"));
      GitFiles.write(
          dir, "clusters/old.yaml", config("old", "legacy", 3, "") + "    volumeSize: 80\n");
      GitFiles.write(
          dir, "k8s/web.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n");
      GitFiles.commit(git, "base");
      git.checkout().setCreateBranch(true).setName("feature").call();
      GitFiles.write(dir, "clusters/shop.yaml", config("shop", "web", 4, ""));
      GitFiles.write(dir, "clusters/broken.yaml", config("broken", "apps", 3, "colour: blue\n"));
      Files.delete(dir.resolve("clusters/old.yaml"));
      GitFiles.write(
          dir,
          "clusters/new.yaml",
          "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n"
              + "metadata: {name: fresh, region: eu-west-1, version: \"1.32\"}\n"
              + "addons:\n  - name: vpc-cni\n");
      GitFiles.write(
          dir, "k8s/web.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web2\n");
      GitFiles.commit(git, "branch");
    }
  }

  private CliRun check(String... extra) {
    List<String> args =
        new java.util.ArrayList<>(List.of("check", "--base", "main", "-C", dir.toString()));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void errorOnAChangedFileFailsTheCheck() {
    CliRun run = check();
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("clusters/broken.yaml:7"), run.out());
    assertFalse(run.out().contains("k8s/web.yaml"), run.out());
  }

  @Test
  void textShowsAnIntentPlanPerChangedFile() {
    String out = check().out();
    assertTrue(out.contains("== clusters/shop.yaml (modified) =="), out);
    assertTrue(out.contains("intent plan (offline)"), out);
    assertTrue(out.contains("fargate_profile.fp-apps"), out);
    assertTrue(out.contains("managed_nodegroup.ng-1"), out);
    assertTrue(out.contains("== clusters/old.yaml (deleted) =="), out);
    assertTrue(out.contains("== clusters/new.yaml (added) =="), out);
    assertTrue(out.contains("addon.vpc-cni"), out);
    assertTrue(out.contains("not planned: the head version has errors"), out);
  }

  @Test
  void changedLinesIgnoresTheErrorOnAnUntouchedLine() {
    CliRun run = check("--changed-lines");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertFalse(run.out().contains("clusters/broken.yaml:7"), run.out());
    assertTrue(run.out().contains("did not touch are not shown"), run.out());
  }

  @Test
  void jsonListsEveryChangedFileWithItsPlan() throws Exception {
    CliRun run = check("--format", "json");
    JsonNode root = JsonMapper.builder().build().readTree(run.out());
    assertEquals("1.0", root.get("formatVersion").asString());
    assertEquals(4, root.get("files").size(), run.out());
    List<String> kinds = new java.util.ArrayList<>();
    root.get("files")
        .forEach(f -> kinds.add(f.get("path").asString() + "=" + f.get("change").asString()));
    assertEquals(
        List.of(
            "clusters/broken.yaml=modified",
            "clusters/new.yaml=added",
            "clusters/old.yaml=deleted",
            "clusters/shop.yaml=modified"),
        kinds);
    JsonNode shop = root.get("files").get(3).get("plan");
    List<String> actions = new java.util.ArrayList<>();
    shop.get("changes")
        .forEach(c -> actions.add(c.get("address").asString() + "=" + c.get("action").asString()));
    assertTrue(actions.contains("fargate_profile.fp-apps=replace"), actions.toString());
    assertTrue(actions.contains("managed_nodegroup.ng-1=update"), actions.toString());
    assertTrue(root.get("errors").asLong() >= 1);
  }

  @Test
  void markdownIsTheMarkedPullRequestSummary() {
    String out = check("--format", "markdown").out();
    assertTrue(out.startsWith(MarkdownSummary.MARKER), out);
    assertTrue(out.contains("| error | clusters/broken.yaml | 7 |"), out);
    assertTrue(out.contains("#### clusters/shop.yaml (modified)"), out);
  }

  @Test
  void githubAnnotatesLinesAndSarifIsWrittenAlongside() throws Exception {
    Path sarif = dir.resolve("out/check.sarif");
    Files.createDirectories(sarif.getParent());
    String out = check("--format", "github", "--sarif", sarif.toString()).out();
    assertTrue(out.contains("::error file=clusters/broken.yaml,line=7"), out);
    assertTrue(out.contains("::group::plan of clusters/shop.yaml (modified)"), out);
    assertTrue(Files.readString(sarif).contains("\"2.1.0\""));
  }

  @Test
  void allChecksEveryConfigOfTheHead() {
    CliRun run = check("--all", "--format", "json");
    assertTrue(run.out().contains("\"change\" : \"unchanged\""), run.out());
    assertTrue(run.out().contains("clusters/new.yaml"), run.out());
    assertFalse(run.out().contains("k8s/web.yaml"), run.out());
    assertFalse(run.out().contains("clusters/old.yaml"), run.out());
  }

  @Test
  void renamedConfigIsPlannedAgainstItsOldVersion() throws Exception {
    try (Git git = Git.open(dir.toFile())) {
      Files.move(dir.resolve("clusters/shop.yaml"), dir.resolve("clusters/shop-eu.yaml"));
      GitFiles.commit(git, "rename");
    }
    String out = check().out();
    assertTrue(out.contains("== clusters/shop-eu.yaml (renamed from clusters/shop.yaml) =="), out);
    assertTrue(out.contains("fargate_profile.fp-apps must be replaced"), out);
  }

  @Test
  void liveComparesTheHeadWithTheSandboxAccount() throws Exception {
    Path example = CliRun.projectDir().resolve("examples/prodcatalog/clusterconfig.yaml");
    String text = Files.readString(example);
    try (Git git = Git.open(dir.toFile())) {
      write("clusters/prodcatalog.yaml", text + "# base\n");
      GitFiles.commit(git, "prodcatalog base");
      git.branchCreate().setName("before-prodcatalog").call();
      write("clusters/prodcatalog.yaml", text);
      GitFiles.commit(git, "prodcatalog head");
    }
    CliRun run =
        CliRun.of(
            "check", "--base", "before-prodcatalog", "-C", dir.toString(), "--live", "--sandbox");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("live plan against account 123456789012"), run.out());
    assertTrue(run.out().contains("+ oidc_provider"), run.out());
  }

  @Test
  void markdownListsTheSuppressionsInForce() throws Exception {
    try (Git git = Git.open(dir.toFile())) {
      write(
          "clusters/shop.yaml",
          config("shop", "web", 4, "")
              .replace(
                  "version: \"1.32\"\n",
                  "version: \"1.32\" # eksform:ignore metadata/version-end-of-support upgrade in Q3\n"));
      GitFiles.commit(git, "accept the version for now");
    }
    String out = check("--format", "markdown").out();
    assertTrue(out.contains("### Suppressions in force"), out);
    assertTrue(
        out.contains(
            "| clusters/shop.yaml | 6 | `metadata/version-end-of-support` | inline | upgrade in Q3 |"),
        out);
  }

  @Test
  void theProjectFileAtTheRepositoryRootCountsWhenRunFromASubfolder() throws Exception {
    assertTrue(check("--format", "json").out().contains("schema/unknown-field"));
    write(
        ".eksform.yaml",
        "ignore:\n  - rule: schema/unknown-field\n    path: \"clusters/**\"\n"
            + "    reason: colour is ours\n");
    CliRun run =
        CliRun.of(
            "check", "--base", "main", "-C", dir.resolve("clusters").toString(), "-o", "markdown");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("| config | colour is ours |"), run.out());
  }

  @Test
  void theCommittedTextIsCheckedNotTheWorkingTree() throws Exception {
    write("clusters/shop.yaml", config("shop", "web", 4, "flavour: red\n"));
    CliRun dirty = check("--format", "json");
    assertFalse(dirty.out().contains("flavour"), dirty.out());
    try (Git git = Git.open(dir.toFile())) {
      GitFiles.commit(git, "an error");
    }
    write("clusters/shop.yaml", config("shop", "web", 4, ""));
    CliRun fixedButUncommitted = check("--format", "json");
    assertTrue(fixedButUncommitted.out().contains("clusters/shop.yaml"), fixedButUncommitted.out());
    assertTrue(
        fixedButUncommitted.out().contains("flavour"), "the committed error was not reported");
  }

  @Test
  void unknownBaseIsAUsageError() {
    CliRun run = CliRun.of("check", "--base", "nope", "-C", dir.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("'nope' does not exist"), run.err());
  }

  @Test
  void theBadRefHintSuggestsRefsThatExistClosestFirst() {
    CliRun run = CliRun.of("check", "--base", "origin/main", "-C", dir.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("that exists, e.g. main, feature"), run.err());
    assertFalse(run.err().contains("e.g. origin/main"), run.err());
  }

  @Test
  void aPathThatMatchesNothingIsAnErrorNotACleanCheck() {
    CliRun run = check("nosuchdir", "clusters/shop.yaml");
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(
        run.err().contains("the path 'nosuchdir' matches no file of HEAD"), run.out() + run.err());
    assertTrue(run.err().contains("relative to the repository root"), run.err());
    assertEquals(0, check("clusters/*.yaml", "k8s", "clusters/old.yaml").exitCode() & 2);
  }

  @Test
  void uncommittedEditsAreNamedInANote() throws Exception {
    write("clusters/shop.yaml", config("shop", "web", 5, ""));
    write("clusters/draft.yaml", config("draft", "web", 5, ""));
    CliRun run = check();
    assertTrue(
        run.err()
            .contains(
                "note: 2 files have uncommitted changes (clusters/draft.yaml, clusters/shop.yaml);"
                    + " check compares commits: commit them or use `eksform validate`"),
        run.err());
    assertFalse(check("k8s").err().contains("uncommitted"));
  }
}

package io.eksform.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import io.eksform.cli.check.SimulatedRunner.Run;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The Action's entry script under a simulated runner, for {@code command: check} and {@code plan}:
 * outputs, job summary and the pull-request comment; the {@code paths} and {@code args} inputs; and
 * a title and branch name full of shell metacharacters that are never run.
 */
class ActionScriptTest {
  @TempDir java.nio.file.Path dir;
  private SimulatedRunner runner;
  private String baseSha;

  @BeforeEach
  void runner() throws Exception {
    runner = new SimulatedRunner(dir);
    try (Git git =
        Git.init().setDirectory(runner.workspace.toFile()).setInitialBranch("main").call()) {
      baseSha =
          runner
              .commit("clusters/shop.yaml", CheckCommandTest.config("shop", "apps", 2, ""), "base")
              .name();
      git.checkout().setCreateBranch(true).setName("feature-x").call();
      runner.commit("clusters/shop.yaml", CheckCommandTest.config("shop", "web", 4, ""), "branch");
    }
  }

  @AfterEach
  void stop() {
    runner.close();
  }

  private Run onPullRequest(Map<String, String> inputs) throws Exception {
    return runner.run("pull_request", SimulatedRunner.pullRequest(baseSha), inputs);
  }

  @Test
  void writesOutputsSummaryAndOneNewComment() throws Exception {
    Run run = onPullRequest(Map.of("INPUT_COMMENT", "true", "INPUT_TITLE", SimulatedRunner.EVIL));
    assertEquals(0, run.exit(), run.stdout());
    assertTrue(run.output().contains("errors=0\n"), run.output());
    assertTrue(run.output().contains("changes=2\n"), run.output());
    assertTrue(run.output().contains("has-changes=true\n"), run.output());
    assertTrue(run.summary().startsWith(MarkdownSummary.MARKER), run.summary());
    assertTrue(run.summary().contains("fargate_profile.fp-apps"), run.summary());
    List<String> requests = runner.requests;
    assertEquals(2, requests.size(), requests.toString());
    assertTrue(
        requests
            .get(0)
            .startsWith("GET /repos/acme/platform/issues/42/comments Bearer test-token"));
    String post = requests.get(1);
    assertTrue(post.startsWith("POST /repos/acme/platform/issues/42/comments "), post);
    JsonNode body = SimulatedRunner.JSON.readTree(post.substring(post.indexOf('\n') + 1));
    assertEquals(run.summary(), body.get("body").asString());
    runner.assertNothingExecuted();
  }

  @Test
  void updatesTheMarkedCommentInsteadOfAddingOne() throws Exception {
    runner.existingComments =
        "[{\"id\": 5, \"body\": \"thanks\"}, {\"id\": 9, \"body\": \"<!-- eksform-check -->\\nold\"}]";
    Run run = onPullRequest(Map.of("INPUT_COMMENT", "true"));
    assertEquals(0, run.exit(), run.stdout());
    assertEquals(2, runner.requests.size(), runner.requests.toString());
    assertTrue(
        runner.requests.get(1).startsWith("PATCH /repos/acme/platform/issues/comments/9 "),
        runner.requests.get(1));
  }

  @Test
  void failsOnErrorsAndPostsNothingWithoutCommentInput() throws Exception {
    runner.commit(
        "clusters/shop.yaml", CheckCommandTest.config("shop", "web", 4, "colour: blue\n"), "typo");
    Run run = onPullRequest(Map.of("INPUT_BASE_REF", baseSha));
    assertEquals(1, run.exit(), run.stdout());
    assertTrue(run.output().contains("errors=1\n"), run.output());
    assertTrue(runner.requests.isEmpty(), runner.requests.toString());
    runner.assertNothingExecuted();
  }

  @Test
  void pathsLimitTheCheckLineByLineWithSpacesAndMetacharactersKept() throws Exception {
    String odd = "team $(touch pwned) `touch pwned3` *";
    runner.commit(odd + "/eu.yaml", CheckCommandTest.config("eu", "web", 4, ""), "another team");
    runner.commit("other/us.yaml", CheckCommandTest.config("us", "web", 4, ""), "a third");
    Run run = onPullRequest(Map.of("INPUT_PATHS", "\n  " + odd + "  \r\nclusters/\n\n"));
    assertEquals(0, run.exit(), run.stdout());
    assertTrue(run.summary().contains("2 changed ClusterConfig file(s)"), run.summary());
    assertTrue(run.summary().contains("clusters/shop.yaml"), run.summary());
    assertTrue(run.summary().contains("/eu.yaml (added)"), run.summary());
    assertTrue(
        run.invocations().get(0).endsWith("[--][" + odd + "][clusters/]"),
        run.invocations().toString());
    runner.assertNothingExecuted();
  }

  @Test
  void pathsOnOneLineAreSeparatedByBlanksAndNeverGlobbedByTheShell() throws Exception {
    runner.commit("other/us.yaml", CheckCommandTest.config("us", "web", 4, ""), "another");
    runner.commit("notes/readme.md", "not a config\n", "notes");
    Files.createDirectories(runner.workspace.resolve("other/zzz"));
    Run run = onPullRequest(Map.of("INPUT_PATHS", "other/*  notes"));
    assertEquals(0, run.exit(), run.stdout());
    assertTrue(run.summary().contains("1 changed ClusterConfig file(s)"), run.summary());
    assertTrue(run.summary().contains("other/us.yaml (added)"), run.summary());
    assertTrue(
        run.invocations().get(0).endsWith("[--][other/*][notes]"), run.invocations().toString());
  }

  @Test
  void planRunsTheLivePlanWithArgsPassedThroughUnevaluated() throws Exception {
    String example =
        Files.readString(CliRun.projectDir().resolve("examples/prodcatalog/clusterconfig.yaml"));
    String before = runner.commit("clusters/prodcatalog.yaml", example + "# base\n", "pc").name();
    runner.commit("clusters/prodcatalog.yaml", example, "prodcatalog");
    Run run =
        runner.run(
            "pull_request",
            SimulatedRunner.pullRequest(before),
            Map.of("INPUT_COMMAND", "plan", "INPUT_ARGS", "--sandbox", "INPUT_PATHS", "clusters"));
    assertEquals(0, run.exit(), run.stdout());
    assertTrue(run.summary().contains("live plan against account 123456789012"), run.summary());
    assertTrue(run.output().contains("has-changes=true\n"), run.output());
    assertTrue(run.invocations().get(0).contains("[--live][--sandbox][--][clusters]"));
  }

  @Test
  void argsAreSplitOnBlanksButNeverRunByTheShell() throws Exception {
    Run run = onPullRequest(Map.of("INPUT_ARGS", "; touch pwned $(touch pwned2)"));
    assertTrue(
        run.invocations().get(0).contains("[;][touch][pwned][$(touch][pwned2)][--]"),
        run.invocations().toString());
    runner.assertNothingExecuted();
  }

  @Test
  void anUnknownCommandIsRefused() throws Exception {
    Run run = onPullRequest(Map.of("INPUT_COMMAND", "destroy"));
    assertEquals(2, run.exit(), run.stdout());
    assertTrue(run.stdout().contains("unknown command 'destroy'"), run.stdout());
    assertEquals(List.of(), run.invocations());
  }
}

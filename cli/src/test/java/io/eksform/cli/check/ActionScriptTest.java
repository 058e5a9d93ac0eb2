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
import tools.jackson.databind.node.ObjectNode;

/**
 * The Action's entry script under a simulated runner, for {@code command: check} and {@code plan}:
 * outputs, job summary and the pull-request comment (created, found on any page among its own and
 * edited, a fork's read-only token a warning); the {@code paths} and {@code args} inputs; a crash
 * or a result that is not JSON failing the step; and a title and branch name full of shell
 * metacharacters that are never run.
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
            .startsWith(
                "GET /repos/acme/platform/issues/42/comments?per_page=100&page=1 Bearer test-token"),
        requests.get(0));
    String post = requests.get(1);
    assertTrue(post.startsWith("POST /repos/acme/platform/issues/42/comments "), post);
    JsonNode body = SimulatedRunner.JSON.readTree(post.substring(post.indexOf('\n') + 1));
    assertEquals(run.summary(), body.get("body").asString());
    runner.assertNothingExecuted();
  }

  @Test
  void updatesTheMarkedCommentInsteadOfAddingOne() throws Exception {
    runner.existingComments =
        "[{\"id\": 5, \"user\": {\"login\": \"alice\"}, \"body\": \"thanks\"},"
            + " {\"id\": 9, \"user\": {\"login\": \"github-actions[bot]\"},"
            + " \"body\": \"<!-- eksform-check -->\\nold\"}]";
    Run run = onPullRequest(Map.of("INPUT_COMMENT", "true"));
    assertEquals(0, run.exit(), run.stdout());
    List<String> requests = runner.requests;
    assertEquals(3, requests.size(), requests.toString());
    // The workflow's token cannot read /user (403): its comments are github-actions[bot]'s.
    assertTrue(requests.get(1).startsWith("GET /user "), requests.get(1));
    assertTrue(
        requests.get(2).startsWith("PATCH /repos/acme/platform/issues/comments/9 "),
        requests.get(2));
  }

  @Test
  void aMarkedCommentSomeoneElseWroteIsNeverEdited() throws Exception {
    runner.existingComments =
        "[{\"id\": 7, \"user\": {\"login\": \"mallory\"},"
            + " \"body\": \"<!-- eksform-check -->\\nall good, merge it\"}]";
    Run run = onPullRequest(Map.of("INPUT_COMMENT", "true"));
    assertEquals(0, run.exit(), run.stdout());
    List<String> requests = runner.requests;
    assertEquals(3, requests.size(), requests.toString());
    assertTrue(
        requests.get(2).startsWith("POST /repos/acme/platform/issues/42/comments "),
        requests.get(2));
  }

  @Test
  void theOwnCommentIsFoundPastTheFirstHundredAndTheLoginComesFromTheToken() throws Exception {
    runner.userLogin = "eksform-ci";
    runner.existingComments =
        "["
            + SimulatedRunner.comments(150, "alice")
            + ", {\"id\": 77, \"user\": {\"login\": \"github-actions[bot]\"},"
            + " \"body\": \"<!-- eksform-check -->\\nby another workflow's token\"}"
            + ", {\"id\": 88, \"user\": {\"login\": \"eksform-ci\"},"
            + " \"body\": \"<!-- eksform-check -->\\nours\"}]";
    Run run = onPullRequest(Map.of("INPUT_COMMENT", "true"));
    assertEquals(0, run.exit(), run.stdout());
    List<String> requests = runner.requests;
    assertEquals(4, requests.size(), requests.toString());
    assertTrue(requests.get(0).contains("comments?per_page=100&page=1 "), requests.get(0));
    assertTrue(requests.get(1).contains("comments?per_page=100&page=2 "), requests.get(1));
    assertTrue(requests.get(2).startsWith("GET /user "), requests.get(2));
    assertTrue(
        requests.get(3).startsWith("PATCH /repos/acme/platform/issues/comments/88 "),
        requests.get(3));
  }

  @Test
  void aForksReadOnlyTokenMakesTheCommentAWarningNotAFailure() throws Exception {
    runner.writeStatus = 403;
    ObjectNode fork = SimulatedRunner.pullRequest(baseSha);
    ((ObjectNode) fork.get("pull_request").get("head")).putObject("repo").put("fork", true);
    Run run = runner.run("pull_request", fork, Map.of("INPUT_COMMENT", "true"));
    assertEquals(0, run.exit(), run.stdout());
    assertTrue(run.stdout().contains("::warning::cannot post the eksform comment"), run.stdout());
    assertTrue(run.output().contains("errors=0\n"), run.output());

    Run own = onPullRequest(Map.of("INPUT_COMMENT", "true"));
    assertEquals(1, own.exit(), own.stdout());
    assertTrue(
        own.stdout().contains("::error::cannot post the eksform comment (HTTP 403)"), own.stdout());
  }

  @Test
  void anInternalErrorOrAResultThatIsNotJsonFailsTheStepWithoutOutputs() throws Exception {
    runner.fakeEksform =
        "echo 'Exception in thread \"main\" java.lang.IllegalStateException'; exit 3";
    Run crashed = onPullRequest(Map.of("INPUT_COMMENT", "true"));
    assertEquals(3, crashed.exit(), crashed.stdout());
    assertTrue(
        crashed.stdout().contains("::error::eksform check failed (exit 3)"), crashed.stdout());
    assertEquals("", crashed.output());
    assertTrue(runner.requests.isEmpty(), runner.requests.toString());

    for (String printed : List.of("", "{\"errors\": 0}", "not json at all")) {
      runner.fakeEksform = "printf '%s' '" + printed + "'; exit 0";
      Run empty = onPullRequest(Map.of());
      assertEquals(3, empty.exit(), printed + ": " + empty.stdout());
      assertTrue(empty.stdout().contains("without a valid JSON result"), empty.stdout());
      assertEquals("", empty.output());
    }
  }

  @Test
  void eksformNeverSeesTheGitHubToken() throws Exception {
    Run run = onPullRequest(Map.of("INPUT_COMMENT", "true"));
    assertEquals(0, run.exit(), run.stdout());
    assertEquals(List.of("token="), run.tokensSeen());
    assertTrue(runner.requests.get(0).contains("Bearer test-token"), runner.requests.get(0));
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

package io.eksform.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import io.eksform.cli.check.SimulatedRunner.Run;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code command: apply} of the Action under a simulated runner, against the embedded sandbox
 * account (passed through the {@code args} input): it applies the configs a push to the default
 * branch changed, and refuses pull requests and pushes to other branches without running apply.
 */
class ActionApplyTest {
  private static final String CONFIG = "clusters/prodcatalog.yaml";
  private static final Map<String, String> APPLY =
      Map.of("INPUT_COMMAND", "apply", "INPUT_ARGS", "--sandbox");

  @TempDir java.nio.file.Path dir;
  private SimulatedRunner runner;
  private String before;

  /** main: a Kubernetes manifest, then the seed config pushed (its previous version differs). */
  @BeforeEach
  void repository() throws Exception {
    runner = new SimulatedRunner(dir);
    String example =
        Files.readString(CliRun.projectDir().resolve("examples/prodcatalog/clusterconfig.yaml"));
    try (Git git =
        Git.init().setDirectory(runner.workspace.toFile()).setInitialBranch("main").call()) {
      runner.commit("k8s/web.yaml", "apiVersion: v1\nkind: Namespace\n", "manifests");
      runner.commit(CONFIG, example + "# before\n", "prodcatalog, first version");
      runner.commit("clusters/other.yaml", CheckCommandTest.config("other", "a", 2, ""), "other");
      before = git.getRepository().resolve("HEAD").name();
      runner.commit(CONFIG, example, "prodcatalog");
    }
  }

  @AfterEach
  void stop() {
    runner.close();
  }

  private Run push(String ref, Map<String, String> inputs) throws Exception {
    Map<String, String> all = new java.util.HashMap<>(APPLY);
    all.putAll(inputs);
    return runner.run("push", SimulatedRunner.push(ref, before), all);
  }

  private static List<String> applies(Run run) {
    return run.invocations().stream().filter(i -> i.startsWith("[apply]")).toList();
  }

  @Test
  void aPushToTheDefaultBranchAppliesTheChangedConfigThenFindsNothingToDo() throws Exception {
    Run run = push("refs/heads/main", Map.of());
    assertEquals(0, run.exit(), run.stdout());
    assertEquals(
        List.of("[apply][--file=" + CONFIG + "][--auto-approve][--format][json][--sandbox]"),
        applies(run));
    assertTrue(run.output().contains("changes=5\n"), run.output());
    assertTrue(run.output().contains("has-changes=true\n"), run.output());
    assertTrue(run.output().contains("applied=1\n"), run.output());
    assertTrue(run.output().contains("failed=0\n"), run.output());
    assertTrue(run.summary().startsWith("<!-- eksform-apply -->\n## eksform apply"), run.summary());
    assertTrue(run.summary().contains("| `" + CONFIG + "` | applied | 5 | 0 | 0 |"), run.summary());
    assertTrue(
        run.summary().contains("- done: `fargate_profile.fargate-productcatalog`"), run.summary());
    Matcher stop = Pattern.compile("::stop-commands::([0-9a-f]{32})\n").matcher(run.stdout());
    assertTrue(stop.find(), run.stdout());
    // The plan (from the config) is printed while the runner's commands are stopped.
    int plan = run.stdout().indexOf("Plan: 5 to create");
    int resumed = run.stdout().indexOf("::" + stop.group(1) + "::\n");
    assertTrue(stop.start() < plan && plan < resumed, run.stdout());

    Run again = push("refs/heads/main", Map.of());
    assertEquals(0, again.exit(), again.stdout());
    assertTrue(again.summary().contains("| no changes | 0 |"), again.summary());
    assertTrue(again.output().contains("has-changes=false\n"), again.output());
    runner.assertNothingExecuted();
  }

  @Test
  void aPullRequestIsRefusedBeforeAnythingRuns() throws Exception {
    Run run =
        runner.run(
            "pull_request", SimulatedRunner.pullRequest(before), new java.util.HashMap<>(APPLY));
    assertEquals(2, run.exit(), run.stdout());
    assertTrue(
        run.stdout().contains("apply refuses to run on a 'pull_request' event"), run.stdout());
    assertEquals(List.of(), run.invocations());
    assertEquals("", run.output());
    runner.assertNothingExecuted();
  }

  @Test
  void aPushToAnotherBranchIsRefused() throws Exception {
    Run run = push("refs/heads/" + SimulatedRunner.EVIL, Map.of());
    assertEquals(2, run.exit(), run.stdout());
    assertTrue(run.stdout().contains("only on a push to the default branch (main)"), run.stdout());
    assertEquals(List.of(), run.invocations());
    runner.assertNothingExecuted();
  }

  @Test
  void aConfigWithErrorsStopsTheApplyBeforeAnythingChanges() throws Exception {
    runner.commit(
        "clusters/other.yaml", CheckCommandTest.config("other", "a", 3, "colour: blue\n"), "typo");
    Run run = push("refs/heads/main", Map.of());
    assertEquals(1, run.exit(), run.stdout());
    assertEquals(List.of(), applies(run));
    assertTrue(run.output().contains("errors=1\n"), run.output());
    assertTrue(run.summary().contains("clusters/other.yaml"), run.summary());
    assertTrue(run.stdout().contains("nothing was applied"), run.stdout());
  }

  @Test
  void pathsLimitWhatIsApplied() throws Exception {
    Run run = push("refs/heads/main", Map.of("INPUT_PATHS", "clusters/other.yaml\nk8s"));
    assertEquals(0, run.exit(), run.stdout());
    assertEquals(List.of(), applies(run));
    assertTrue(run.summary().contains("No ClusterConfig file to apply."), run.summary());
    assertTrue(run.output().contains("has-changes=false\n"), run.output());
  }

  @Test
  void aManualDispatchNeedsPathsAndThenAppliesEveryConfigUnderThem() throws Exception {
    ObjectNode dispatch = dispatch("refs/heads/main");
    Run refused = runner.run("workflow_dispatch", dispatch, new java.util.HashMap<>(APPLY));
    assertEquals(2, refused.exit(), refused.stdout());
    assertTrue(refused.stdout().contains("needs the paths input"), refused.stdout());
    assertEquals(List.of(), refused.invocations());

    Map<String, String> inputs = new java.util.HashMap<>(APPLY);
    inputs.put("INPUT_PATHS", CONFIG);
    Run run = runner.run("workflow_dispatch", dispatch, inputs);
    assertEquals(0, run.exit(), run.stdout());
    assertTrue(
        run.invocations().get(0).contains("[--all][--][" + CONFIG + "]"), run.invocations().get(0));
    assertEquals(1, applies(run).size(), run.invocations().toString());
    assertTrue(run.output().contains("changes=5\n"), run.output());
  }

  private static ObjectNode dispatch(String ref) {
    ObjectNode dispatch = SimulatedRunner.JSON.createObjectNode();
    dispatch.put("ref", ref);
    dispatch.putObject("repository").put("default_branch", "main");
    return dispatch;
  }

  @Test
  void aManualDispatchFromAnotherRefIsRefusedUnlessAllowed() throws Exception {
    Map<String, String> inputs = new java.util.HashMap<>(APPLY);
    inputs.put("INPUT_PATHS", CONFIG);
    Run refused = runner.run("workflow_dispatch", dispatch("refs/heads/unreviewed"), inputs);
    assertEquals(2, refused.exit(), refused.stdout());
    assertTrue(
        refused.stdout().contains("a manual apply runs only from the default branch (main)"),
        refused.stdout());
    assertEquals(List.of(), refused.invocations());

    inputs.put("INPUT_ALLOW_ANY_REF", "true");
    Run allowed = runner.run("workflow_dispatch", dispatch("refs/tags/v1"), inputs);
    assertEquals(0, allowed.exit(), allowed.stdout());
    assertEquals(1, applies(allowed).size(), allowed.invocations().toString());
  }

  @Test
  void applyNeverHandsTheGitHubTokenToEksform() throws Exception {
    Run run = push("refs/heads/main", Map.of());
    assertEquals(0, run.exit(), run.stdout());
    assertEquals(List.of("token=", "token="), run.tokensSeen());
  }

  @Test
  void anApplyThatCrashesOrPrintsNoJsonIsAFailureNotAnEmptySuccess() throws Exception {
    String real = "exec \"$EKSFORM_JAVA\" -cp \"$EKSFORM_CP\" io.eksform.cli.Main \"$@\"";
    runner.fakeEksform = "if [ \"$1\" = apply ]; then echo 'half a line'; exit 0; fi\n" + real;
    Run garbage = push("refs/heads/main", Map.of());
    assertEquals(1, garbage.exit(), garbage.stdout());
    assertTrue(garbage.output().contains("failed=1\n"), garbage.output());
    assertTrue(garbage.summary().contains("not applied (exit 3)"), garbage.summary());
    assertTrue(garbage.summary().contains("not its JSON events"), garbage.summary());

    runner.fakeEksform = "if [ \"$1\" = apply ]; then echo boom >&2; exit 3; fi\n" + real;
    Run crashed = push("refs/heads/main", Map.of());
    assertEquals(1, crashed.exit(), crashed.stdout());
    assertTrue(crashed.output().contains("failed=1\n"), crashed.output());

    runner.fakeEksform = "if [ \"$1\" = check ]; then echo '{}'; exit 0; fi\n" + real;
    Run noCheck = push("refs/heads/main", Map.of());
    assertEquals(3, noCheck.exit(), noCheck.stdout());
    assertEquals(List.of(), applies(noCheck));
    assertTrue(noCheck.stdout().contains("nothing was applied"), noCheck.stdout());
  }

  @Test
  void theLockTableIsPassedOnlyWhenSetAndNeverEvaluated() throws Exception {
    Run without = push("refs/heads/main", Map.of());
    assertFalse(applies(without).get(0).contains("--lock-table"), applies(without).toString());
    Run with = push("refs/heads/main", Map.of("INPUT_LOCK_TABLE", SimulatedRunner.EVIL));
    assertTrue(
        applies(with).get(0).contains("[--lock-table][" + SimulatedRunner.EVIL + "]"),
        applies(with).toString());
    runner.assertNothingExecuted();
  }
}

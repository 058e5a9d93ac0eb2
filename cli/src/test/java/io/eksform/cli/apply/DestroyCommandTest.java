package io.eksform.cli.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import io.eksform.cli.EksformCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code eksform destroy -f} and {@code plan --destroy} through the picocli commands against the
 * sandbox's eksworkshop cluster (eksctl made it): the question names the cluster, its region and
 * the count; without a terminal nothing happens unless {@code --auto-approve}; a saved destroy plan
 * applies, and one the account has moved away from is refused.
 */
class DestroyCommandTest {
  @TempDir Path dir;
  @RegisterExtension final SandboxApply sandbox = new SandboxApply(() -> dir);

  Path config() throws IOException {
    return sandbox.write("c.yaml", SandboxApply.config("  []"));
  }

  /** Runs {@code destroy -f FILE} against the sandbox with {@code prompt} as its terminal. */
  CliRun destroy(Prompt prompt, Path file, String... more) {
    String[] argv =
        SandboxApply.argv(
            List.of("destroy", "-f", file.toString(), "--endpoint-url", sandbox.endpoint()), more);
    CommandLine cli = EksformCommand.commandLine(argv);
    ((DestroyCommand) cli.getSubcommands().get("destroy").getCommand()).prompt = prompt;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(argv);
    return new CliRun(code, out.toString(), err.toString());
  }

  List<String> clusters() {
    try (var aws = sandbox.aws()) {
      return aws.eks().listClusters(r -> {}).clusters();
    }
  }

  @Test
  void withoutATerminalItRefusesAndChangesNothing() throws IOException {
    ScriptedPrompt none = ScriptedPrompt.none();
    CliRun run = destroy(none, config());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("there is no terminal to ask on"), run.err());
    assertTrue(run.err().contains("--auto-approve"), run.err());
    assertEquals(List.of(), none.questions);
    assertEquals(List.of(SandboxApply.CLUSTER), clusters());
  }

  @Test
  void theQuestionNamesTheClusterRegionAndCountAndOnlyYesDestroys() throws IOException {
    ScriptedPrompt no = ScriptedPrompt.typing("y");
    CliRun refused = destroy(no, config());
    assertEquals(1, refused.exitCode(), refused.err());
    assertEquals(
        List.of(
            "Destroy cluster eksworkshop-eksctl in us-west-2: 1 object? Only 'yes' is accepted: "),
        no.questions);
    assertTrue(refused.err().contains("destroy cancelled; nothing was changed"), refused.err());
    assertEquals(List.of(SandboxApply.CLUSTER), clusters());

    CliRun run = destroy(ScriptedPrompt.typing("yes"), config());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(
        run.out().contains("eksform destroy plan for cluster eksworkshop-eksctl"), run.out());
    assertEquals(List.of(), clusters());
  }

  @Test
  void autoApproveDestroysWithoutAskingAndSaysWhatIsLeft() throws IOException {
    ScriptedPrompt none = ScriptedPrompt.none();
    CliRun run = destroy(none, config(), "--auto-approve");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("Plan: 0 to add, 0 to change, 1 to destroy."), run.out());
    assertTrue(run.out().contains("Apply complete: 1 done"), run.out());
    assertTrue(run.out().contains("Left in the account, and why:"), run.out());
    assertTrue(run.out().contains("Kubernetes objects"), run.out());
    assertEquals(List.of(), none.questions);
    assertEquals(List.of(), clusters());
  }

  @Test
  void aClusterNeitherEksformNorEksctlMadeIsRefusedAtItsNameLine() throws IOException {
    try (var aws = sandbox.aws()) {
      String arn = aws.eks().describeCluster(r -> r.name(SandboxApply.CLUSTER)).cluster().arn();
      aws.eks()
          .untagResource(
              r ->
                  r.resourceArn(arn)
                      .tagKeys(
                          "alpha.eksctl.io/cluster-name",
                          "eksctl.cluster.k8s.io/v1alpha1/cluster-name"));
    }
    Path config = config();
    CliRun plan =
        CliRun.of(
            "plan", "--destroy", "-f", config.toString(), "--endpoint-url", sandbox.endpoint());
    assertEquals(1, plan.exitCode(), plan.out() + plan.err());
    assertTrue(
        plan.err().contains(config + ":4:3: error[plan]: cluster eksworkshop-eksctl was made"),
        plan.err());
    assertTrue(plan.err().contains("= hint: delete it with the tool that made it"), plan.err());

    CliRun run = destroy(ScriptedPrompt.typing("yes"), config);
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("made neither by eksform nor by eksctl"), run.err());
    assertEquals(List.of(SandboxApply.CLUSTER), clusters());
  }

  @Test
  void aSavedDestroyPlanIsAppliedAsSaved() throws IOException {
    Path planFile = dir.resolve("destroy.plan");
    CliRun plan =
        CliRun.of(
            "plan",
            "--destroy",
            "-f",
            config().toString(),
            "--endpoint-url",
            sandbox.endpoint(),
            "--out",
            planFile.toString());
    assertEquals(0, plan.exitCode(), plan.err());
    assertTrue(plan.out().contains("- cluster"), plan.out());
    CliRun apply = CliRun.of("apply", planFile.toString(), "--endpoint-url", sandbox.endpoint());
    assertEquals(0, apply.exitCode(), apply.out() + apply.err());
    assertEquals(List.of(), clusters());
  }

  @Test
  void aSavedDestroyPlanTheAccountMovedAwayFromIsRefused() throws IOException {
    Path planFile = dir.resolve("destroy.plan");
    Path config = config();
    CliRun plan =
        CliRun.of(
            "plan",
            "--destroy",
            "-f",
            config.toString(),
            "--endpoint-url",
            sandbox.endpoint(),
            "--out",
            planFile.toString());
    assertEquals(0, plan.exitCode(), plan.err());
    CliRun grow =
        CliRun.of(
            "apply",
            "-f",
            sandbox.fargateConfig("team-a").toString(),
            "--endpoint-url",
            sandbox.endpoint(),
            "--auto-approve");
    assertEquals(0, grow.exitCode(), grow.out() + grow.err());

    CliRun apply = CliRun.of("apply", planFile.toString(), "--endpoint-url", sandbox.endpoint());
    assertEquals(1, apply.exitCode(), apply.out() + apply.err());
    assertTrue(apply.err().contains("nothing was changed"), apply.err());
    assertTrue(apply.err().contains("eksform plan --destroy -f"), apply.err());
    assertEquals(List.of(SandboxApply.CLUSTER), clusters());
  }
}

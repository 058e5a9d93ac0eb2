package io.eksform.cli.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import io.eksform.cli.EksformCommand;
import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.sandbox.Sandbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code apply -f} on a terminal, through the picocli command against the sandbox: it asks, only
 * {@code yes} applies, anything else changes nothing; deletes and replacements without {@code
 * --allow-destroy} are named in the question, and a yes to it allows them.
 */
class ConfirmationTest {
  static final String CLUSTER = "eksworkshop-eksctl";

  @TempDir Path dir;
  Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = SandboxRuns.start(dir, List.of());
    SandboxRuns.credentials();
  }

  @AfterEach
  void stop() {
    sandbox.close();
    SandboxRuns.clearCredentials();
  }

  Path config(String namespace) throws IOException {
    Path file = dir.resolve("fargate-" + namespace + ".yaml");
    Files.writeString(
        file,
        String.join(
            "\n",
            "apiVersion: eksctl.io/v1alpha5",
            "kind: ClusterConfig",
            "metadata:",
            "  name: eksworkshop-eksctl",
            "  region: us-west-2",
            "fargateProfiles:",
            "  - name: fp-a",
            "    selectors:",
            "      - namespace: " + namespace,
            ""));
    return file;
  }

  /** Runs {@code apply -f FILE} against the sandbox with {@code prompt} as its terminal. */
  CliRun apply(Prompt prompt, Path file, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "apply", "-f", file.toString(), "--endpoint-url", sandbox.endpoint().toString()));
    args.addAll(List.of(more));
    String[] argv = args.toArray(String[]::new);
    CommandLine cli = EksformCommand.commandLine(argv);
    ((ApplyCommand) cli.getSubcommands().get("apply").getCommand()).prompt = prompt;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(argv);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The live Fargate profiles: name and the namespaces they select. */
  List<String> profiles() {
    try (AwsClients aws =
        new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true))) {
      List<String> out = new ArrayList<>();
      for (String name :
          aws.eks().listFargateProfiles(r -> r.clusterName(CLUSTER)).fargateProfileNames()) {
        var p =
            aws.eks()
                .describeFargateProfile(r -> r.clusterName(CLUSTER).fargateProfileName(name))
                .fargateProfile();
        out.add(name + ":" + p.selectors().get(0).namespace());
      }
      return out;
    }
  }

  @Test
  void yesOnTheTerminalApplies() throws IOException {
    ScriptedPrompt terminal = ScriptedPrompt.typing("yes");
    CliRun run = apply(terminal, config("team-a"));
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(
        List.of("Apply these changes to cluster eksworkshop-eksctl? Only 'yes' applies: "),
        terminal.questions);
    assertTrue(
        run.out().contains("+ fargate_profile.fp-a"), "the plan is shown first: " + run.out());
    assertEquals(List.of("fp-a:team-a"), profiles());
  }

  @Test
  void anyOtherAnswerAbortsWithNothingChanged() throws IOException {
    for (String answer : List.of("no", "y", "YES", "yes please", "")) {
      ScriptedPrompt terminal = ScriptedPrompt.typing(answer);
      CliRun run = apply(terminal, config("team-a"));
      assertEquals(1, run.exitCode(), answer + ": " + run.out() + run.err());
      assertTrue(run.err().contains("apply cancelled; nothing was changed"), run.err());
      assertEquals(1, terminal.questions.size());
      assertEquals(List.of(), profiles(), answer);
    }
  }

  @Test
  void inputThatEndsBeforeAnAnswerAborts() throws IOException {
    CliRun run = apply(ScriptedPrompt.typing(), config("team-a"));
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("apply cancelled; nothing was changed"), run.err());
    assertEquals(List.of(), profiles());
  }

  @Test
  void withoutATerminalItRefusesAndAsksNothing() throws IOException {
    ScriptedPrompt none = ScriptedPrompt.none();
    CliRun run = apply(none, config("team-a"));
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("there is no terminal to ask on"), run.err());
    assertTrue(run.err().contains("--auto-approve"), run.err());
    assertEquals(List.of(), none.questions);
    assertEquals(List.of(), profiles());
  }

  @Test
  void autoApproveAsksNothing() throws IOException {
    ScriptedPrompt terminal = ScriptedPrompt.typing();
    CliRun run = apply(terminal, config("team-a"), "--auto-approve");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(List.of(), terminal.questions);
    assertEquals(List.of("fp-a:team-a"), profiles());
  }

  @Test
  void aReplacementWithoutAllowDestroyIsNamedInTheQuestionAndOnlyYesAllowsIt() throws IOException {
    assertEquals(0, apply(ScriptedPrompt.none(), config("team-a"), "--auto-approve").exitCode());
    Path changed = config("team-z");

    ScriptedPrompt declined = ScriptedPrompt.typing("y");
    CliRun refused = apply(declined, changed);
    assertEquals(1, refused.exitCode(), refused.out() + refused.err());
    assertEquals(
        List.of(
            "This will replace fargate_profile.fp-a (create-before-destroy). Apply these changes,"
                + " deletes and replacements included? Only 'yes' applies: "),
        declined.questions);
    assertEquals(List.of("fp-a:team-a"), profiles());

    ScriptedPrompt accepted = ScriptedPrompt.typing("yes");
    CliRun run = apply(accepted, changed);
    assertEquals(0, run.exitCode(), run.out() + run.err());
    List<String> live = profiles();
    assertEquals(1, live.size(), live.toString());
    assertTrue(live.get(0).startsWith("fp-a-") && live.get(0).endsWith(":team-z"), live.toString());
  }

  @Test
  void withAllowDestroyTheQuestionIsThePlainOne() throws IOException {
    assertEquals(0, apply(ScriptedPrompt.none(), config("team-a"), "--auto-approve").exitCode());
    ScriptedPrompt terminal = ScriptedPrompt.typing("yes");
    CliRun run =
        apply(
            terminal,
            config("team-z"),
            "--allow-destroy",
            "--replace-strategy",
            "destroy-before-create");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(
        List.of("Apply these changes to cluster eksworkshop-eksctl? Only 'yes' applies: "),
        terminal.questions);
    assertTrue(
        run.out().contains("Fargate scheduling: briefly lost in team-a"),
        "the plan shown says which namespace loses Fargate: " + run.out());
    assertEquals(List.of("fp-a:team-z"), profiles());
  }
}

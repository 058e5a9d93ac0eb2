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
 * {@code apply -f} on a terminal, through the picocli command against the sandbox: it asks, only
 * {@code yes} applies, anything else changes nothing; deletes and replacements without {@code
 * --allow-destroy} are named in the question, and a yes to it allows them.
 */
class ConfirmationTest {
  @TempDir Path dir;
  @RegisterExtension final SandboxApply sandbox = new SandboxApply(() -> dir);

  /** Runs {@code apply -f FILE} against the sandbox with {@code prompt} as its terminal. */
  CliRun apply(Prompt prompt, Path file, String... more) {
    String[] argv =
        SandboxApply.argv(
            List.of("apply", "-f", file.toString(), "--endpoint-url", sandbox.endpoint()), more);
    CommandLine cli = EksformCommand.commandLine(argv);
    ((ApplyCommand) cli.getSubcommands().get("apply").getCommand()).prompt = prompt;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(argv);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Test
  void yesOnTheTerminalApplies() throws IOException {
    ScriptedPrompt terminal = ScriptedPrompt.typing("yes");
    CliRun run = apply(terminal, sandbox.fargateConfig("team-a"));
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(
        List.of("Apply these changes to cluster eksworkshop-eksctl? Only 'yes' applies: "),
        terminal.questions);
    assertTrue(
        run.out().contains("+ fargate_profile.fp-a"), "the plan is shown first: " + run.out());
    assertEquals(List.of("fp-a:team-a"), sandbox.profilesWithNamespaces());
  }

  @Test
  void anyOtherAnswerAbortsWithNothingChanged() throws IOException {
    for (String answer : List.of("no", "y", "YES", "yes please", "")) {
      ScriptedPrompt terminal = ScriptedPrompt.typing(answer);
      CliRun run = apply(terminal, sandbox.fargateConfig("team-a"));
      assertEquals(1, run.exitCode(), answer + ": " + run.out() + run.err());
      assertTrue(run.err().contains("apply cancelled; nothing was changed"), run.err());
      assertEquals(1, terminal.questions.size());
      assertEquals(List.of(), sandbox.profilesWithNamespaces(), answer);
    }
  }

  @Test
  void inputThatEndsBeforeAnAnswerAborts() throws IOException {
    CliRun run = apply(ScriptedPrompt.typing(), sandbox.fargateConfig("team-a"));
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("apply cancelled; nothing was changed"), run.err());
    assertEquals(List.of(), sandbox.profilesWithNamespaces());
  }

  @Test
  void withoutATerminalItRefusesAndAsksNothing() throws IOException {
    ScriptedPrompt none = ScriptedPrompt.none();
    CliRun run = apply(none, sandbox.fargateConfig("team-a"));
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("there is no terminal to ask on"), run.err());
    assertTrue(run.err().contains("--auto-approve"), run.err());
    assertEquals(List.of(), none.questions);
    assertEquals(List.of(), sandbox.profilesWithNamespaces());
  }

  @Test
  void autoApproveAsksNothing() throws IOException {
    ScriptedPrompt terminal = ScriptedPrompt.typing();
    CliRun run = apply(terminal, sandbox.fargateConfig("team-a"), "--auto-approve");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(List.of(), terminal.questions);
    assertEquals(List.of("fp-a:team-a"), sandbox.profilesWithNamespaces());
  }

  @Test
  void aReplacementWithoutAllowDestroyIsNamedInTheQuestionAndOnlyYesAllowsIt() throws IOException {
    assertEquals(
        0,
        apply(ScriptedPrompt.none(), sandbox.fargateConfig("team-a"), "--auto-approve").exitCode());
    Path changed = sandbox.fargateConfig("team-z");

    ScriptedPrompt declined = ScriptedPrompt.typing("y");
    CliRun refused = apply(declined, changed);
    assertEquals(1, refused.exitCode(), refused.out() + refused.err());
    assertEquals(
        List.of(
            "This will replace fargate_profile.fp-a (create-before-destroy). Apply these changes,"
                + " deletes and replacements included? Only 'yes' applies: "),
        declined.questions);
    assertEquals(List.of("fp-a:team-a"), sandbox.profilesWithNamespaces());

    ScriptedPrompt accepted = ScriptedPrompt.typing("yes");
    CliRun run = apply(accepted, changed);
    assertEquals(0, run.exitCode(), run.out() + run.err());
    List<String> live = sandbox.profilesWithNamespaces();
    assertEquals(1, live.size(), live.toString());
    assertTrue(live.get(0).startsWith("fp-a-") && live.get(0).endsWith(":team-z"), live.toString());
  }

  @Test
  void withAllowDestroyTheQuestionIsThePlainOne() throws IOException {
    assertEquals(
        0,
        apply(ScriptedPrompt.none(), sandbox.fargateConfig("team-a"), "--auto-approve").exitCode());
    ScriptedPrompt terminal = ScriptedPrompt.typing("yes");
    CliRun run =
        apply(
            terminal,
            sandbox.fargateConfig("team-z"),
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
    assertEquals(List.of("fp-a:team-z"), sandbox.profilesWithNamespaces());
  }
}

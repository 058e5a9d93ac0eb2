package io.eksform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * An internal error exits 3 in every command and under every flag, so that a CI step never reads a
 * crash as findings (1) or, under {@code --detailed-exitcode}, as changes (2).
 */
class InternalErrorExitCodeTest {

  /** A command that fails the way a bug does. */
  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Option(names = "--detailed-exitcode")
    boolean detailed;

    @Option(names = "--format")
    String format;

    @Override
    public Integer call() {
      throw new IllegalStateException("asInt() cannot convert value 4294967297");
    }
  }

  /** A command whose AWS call never came back. */
  @Command(name = "slow")
  static final class Slow implements Callable<Integer> {
    @Override
    public Integer call() {
      throw software.amazon.awssdk.core.exception.ApiCallTimeoutException.create(300_000);
    }
  }

  private static CliRun run(String... args) {
    CommandLine cli = EksformCommand.commandLine();
    cli.addSubcommand("boom", new Boom());
    cli.addSubcommand("slow", new Slow());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new CliRun(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void anInternalErrorExitsThreeWithOneLine() {
    CliRun run = run("boom");
    assertEquals(EksformCommand.EXIT_INTERNAL, run.exitCode());
    assertEquals(3, run.exitCode());
    assertTrue(run.err().startsWith("eksform: internal error: "), run.err());
    assertTrue(!run.err().contains("\tat "), run.err());
  }

  @Test
  void anAwsTimeoutIsATimeoutNotAnInternalError() {
    CliRun run = run("slow");
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(
        run.err().startsWith("eksform: AWS did not answer a call to AWS in time"), run.err());
    assertTrue(!run.err().contains("internal error"), run.err());
  }

  @Test
  void underDetailedExitcodeAndJsonItIsStillThree() {
    assertEquals(3, run("boom", "--detailed-exitcode").exitCode());
    CliRun json = run("boom", "--format", "json");
    assertEquals(3, json.exitCode());
    assertEquals("", json.out());
  }

  @Test
  void everyCommandWithExitCodesListsThree() {
    CommandLine cli = EksformCommand.commandLine();
    int listed = 0;
    for (CommandLine sub : cli.getSubcommands().values()) {
      var codes = sub.getCommandSpec().usageMessage().exitCodeList();
      if (!codes.isEmpty()) {
        listed++;
        assertTrue(codes.containsKey("3"), sub.getCommandName() + ": " + codes);
      }
    }
    assertTrue(listed >= 7, "commands with an exit code list: " + listed);
  }

  @Test
  void aCountBeyond32BitsStopsValidateAtItsLineInsteadOfCrashingPlan() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("eksform-range");
    java.nio.file.Path config = dir.resolve("c.yaml");
    java.nio.file.Files.writeString(
        config,
        "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: demo\n"
            + "  region: us-west-2\nmanagedNodeGroups:\n  - name: ng-1\n"
            + "    minSize: 4294967297\n    maxSize: 4294967298\n");
    CliRun validate = CliRun.of("validate", config.toString());
    assertEquals(1, validate.exitCode(), validate.err());
    assertTrue(validate.out().contains("c.yaml:8:14: error[schema/range]"), validate.out());
    CliRun plan = CliRun.of("plan", "-f", config.toString(), "--format", "json");
    assertEquals(1, plan.exitCode(), plan.err());
    assertTrue(!plan.err().contains("internal error"), plan.err());
  }
}

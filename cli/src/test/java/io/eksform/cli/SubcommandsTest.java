package io.eksform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubcommandsTest {

  @Test
  void everyNameIsTheNameItsCommandDeclares() {
    Subcommands.all()
        .forEach(
            (name, command) -> assertEquals(name, new CommandLine(command.get()).getCommandName()));
  }

  @Test
  void aRunNamingASubcommandBuildsThatOneOnly() {
    CommandLine cli = EksformCommand.commandLine("--debug", "validate", "x.yaml");

    assertEquals(List.of("validate"), List.copyOf(cli.getSubcommands().keySet()));
  }

  @Test
  void helpAndUnknownWordsSeeEverySubcommand() {
    List<String> all = List.copyOf(Subcommands.all().keySet());

    assertEquals(all, List.copyOf(EksformCommand.commandLine("--help").getSubcommands().keySet()));
    assertEquals(
        all, List.copyOf(EksformCommand.commandLine("help", "plan").getSubcommands().keySet()));
    assertEquals(all, List.copyOf(EksformCommand.commandLine("validat").getSubcommands().keySet()));
  }

  @Test
  void theRootHelpListsEverySubcommand() {
    CliRun run = CliRun.of("--help");

    assertEquals(0, run.exitCode());
    Subcommands.all()
        .keySet()
        .forEach(name -> assertTrue(run.out().contains("  " + name), name + " in " + run.out()));
  }

  @Test
  void aMisspelledSubcommandIsAUsageErrorWithASuggestion() {
    CliRun run = CliRun.of("validat", "x.yaml");

    assertEquals(EksformCommand.EXIT_USAGE, run.exitCode());
    assertTrue(run.err().startsWith("eksform: unknown command 'validat'\n"), run.err());
    assertTrue(run.err().contains("Did you mean: eksform validate"), run.err());
    assertTrue(run.err().contains("hint: see `eksform --help`"), run.err());
  }

  @Test
  void aBadOptionValueIsOneLineAndWhereTheHelpIsNotTheWholeHelp() {
    CliRun run = CliRun.of("validate", "--format", "xml", "x.yaml");

    assertEquals(EksformCommand.EXIT_USAGE, run.exitCode());
    assertEquals(
        "eksform: unknown output format 'xml': use one of text, json, sarif, github, junit\n"
            + "  hint: see `eksform validate --help`\n",
        run.err());
  }

  @Test
  void aMisspelledOptionIsNamedWithASuggestion() {
    CliRun run = CliRun.of("validate", "--fromat", "json", "x.yaml");

    assertEquals(EksformCommand.EXIT_USAGE, run.exitCode());
    assertTrue(run.err().startsWith("eksform: Unknown option: '--fromat'"), run.err());
    assertTrue(run.err().contains("Did you mean: --format?"), run.err());
    assertTrue(!run.err().contains("Usage:"), run.err());
  }

  @Test
  void everySubcommandPrintsTheVersionAndCommitAsTheRootDoes() {
    CliRun root = CliRun.of("--version");
    assertTrue(root.out().matches("eksform \\S+ \\(commit \\S+\\)\n"), root.out());
    for (String name : List.of("validate", "check", "plan", "apply", "sandbox")) {
      CliRun run = CliRun.of(name, "--version");
      assertEquals(0, run.exitCode(), name);
      assertEquals(root.out(), run.out(), name);
    }
  }

  @Test
  void everyCommandHasACompleteSummaryExitCodesAndTwoExamplesThatFit() {
    check(EksformCommand.commandLine(), true);
  }

  private static void check(CommandLine command, boolean root) {
    String name = command.getCommandSpec().qualifiedName();
    if (!root && !name.endsWith(" help")) {
      String[] description = command.getCommandSpec().usageMessage().description();
      assertTrue(description.length > 0 && description[0].endsWith("."), name + ": summary");
      String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
      assertTrue(usage.contains("\nExit codes:\n"), name + ":\n" + usage);
      int examples = usage.indexOf("\nExamples:\n");
      assertTrue(examples > 0, name + ":\n" + usage);
      long shown =
          usage.substring(examples).lines().filter(l -> l.startsWith("  eksform ")).count();
      assertTrue(shown >= 2, name + ":\n" + usage);
      // The help folds an example wider than its 80 columns mid-word; it would not run as shown.
      for (String line : command.getCommandSpec().usageMessage().footer()) {
        assertTrue(line.length() < 80, name + ": example wider than the help: " + line);
      }
    }
    command.getSubcommands().values().forEach(sub -> check(sub, false));
  }
}

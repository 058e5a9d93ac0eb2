package io.eksform.cli;

import io.eksform.cli.apply.ApplyCommand;
import io.eksform.cli.apply.DestroyCommand;
import io.eksform.cli.check.CheckCommand;
import io.eksform.cli.completion.CompletionCommand;
import io.eksform.cli.coverage.CoverageCommand;
import io.eksform.cli.export.ExportCommand;
import io.eksform.cli.graph.GraphCommand;
import io.eksform.cli.plan.PlanCommand;
import io.eksform.cli.policy.PolicyCommand;
import io.eksform.cli.policy.RegoCommand;
import io.eksform.cli.sandbox.SandboxCommand;
import io.eksform.cli.schema.SchemaCommand;
import io.eksform.cli.show.ShowCommand;
import io.eksform.cli.unlock.ForceUnlockCommand;
import io.eksform.cli.validate.ValidateCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands of {@code eksform}, in the order help lists them, each under the name its
 * {@code @Command} declares. Building a picocli command model costs time at start-up, so a run
 * builds the model of the subcommand it names and of no other.
 */
final class Subcommands {
  private Subcommands() {}

  /** Name to a fresh command object; a new subcommand is one line here. */
  static Map<String, Supplier<Object>> all() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("help", CommandLine.HelpCommand::new);
    commands.put("validate", ValidateCommand::new);
    commands.put("schema", SchemaCommand::new);
    commands.put("coverage", CoverageCommand::new);
    commands.put("sandbox", SandboxCommand::new);
    commands.put("policy", PolicyCommand::new);
    commands.put("rego", RegoCommand::new);
    commands.put("plan", PlanCommand::new);
    commands.put("apply", ApplyCommand::new);
    commands.put("destroy", DestroyCommand::new);
    commands.put("force-unlock", ForceUnlockCommand::new);
    commands.put("show", ShowCommand::new);
    commands.put("graph", GraphCommand::new);
    commands.put("export", ExportCommand::new);
    commands.put("check", CheckCommand::new);
    commands.put("completion", CompletionCommand::new);
    return commands;
  }

  /**
   * Registers the subcommand {@code args} name (the first argument that is not an option), or every
   * subcommand when they name none, ask for help, misspell one (so help and suggestions see all),
   * or ask for a completion script (which describes them all).
   */
  static void registerFor(CommandLine cli, String[] args) {
    Map<String, Supplier<Object>> commands = all();
    String named = firstWord(args);
    if (named != null
        && commands.containsKey(named)
        && !named.equals("help")
        && !named.equals("completion")) {
      cli.addSubcommand(named, commands.get(named).get());
      return;
    }
    commands.forEach((name, command) -> cli.addSubcommand(name, command.get()));
  }

  private static String firstWord(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return arg;
      }
    }
    return null;
  }
}

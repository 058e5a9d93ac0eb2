package io.eksform.cli;

import io.eksform.cli.common.VersionProvider;
import io.eksform.cli.export.ExportCommand;
import io.eksform.cli.graph.GraphCommand;
import io.eksform.cli.plan.PlanCommand;
import io.eksform.cli.policy.PolicyCommand;
import io.eksform.cli.policy.RegoCommand;
import io.eksform.cli.sandbox.SandboxCommand;
import io.eksform.cli.schema.SchemaCommand;
import io.eksform.cli.show.ShowCommand;
import io.eksform.cli.validate.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root {@code eksform} command: lists the subcommands and maps failures to exit codes. */
@Command(
    name = "eksform",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lint, plan and apply eksctl ClusterConfig files against Amazon EKS.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ValidateCommand.class,
      SchemaCommand.class,
      SandboxCommand.class,
      PolicyCommand.class,
      RegoCommand.class,
      PlanCommand.class,
      io.eksform.cli.apply.ApplyCommand.class,
      ShowCommand.class,
      GraphCommand.class,
      ExportCommand.class,
      io.eksform.cli.check.CheckCommand.class
    })
public final class EksformCommand implements Runnable {

  /** Exit code for a usage error (bad flag, unknown format, missing argument). */
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show stack traces of internal errors.")
  boolean debug;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with every subcommand registered. */
  public static CommandLine commandLine() {
    EksformCommand root = new EksformCommand();
    CommandLine cli = new CommandLine(root);
    cli.setExecutionExceptionHandler(new FailureHandler(() -> root.debug));
    return cli;
  }

  /** Parses and runs {@code args}, returning the process exit code. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }
}

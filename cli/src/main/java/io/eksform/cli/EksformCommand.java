package io.eksform.cli;

import io.eksform.cli.common.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root {@code eksform} command: maps failures to exit codes. Its subcommands are listed in
 * {@link Subcommands} (a new subcommand is one line there).
 */
@Command(
    name = "eksform",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lint, plan and apply eksctl ClusterConfig files against Amazon EKS.")
public final class EksformCommand implements Runnable {

  /** Exit code for a usage error (bad flag, unknown format, missing argument). */
  public static final int EXIT_USAGE = 2;

  /**
   * Exit code for an internal error (a bug, or a limit of the machine): distinct from findings and
   * failed changes (1), so that a CI step never reads a crash as a verdict on the config.
   */
  public static final int EXIT_INTERNAL = 3;

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
    return commandLine(new String[0]);
  }

  /**
   * Builds the command line for {@code args}: only the subcommand they name when they name one (the
   * model of every other command is never built, which keeps start-up short), else all of them.
   */
  public static CommandLine commandLine(String... args) {
    EksformCommand root = new EksformCommand();
    CommandLine cli = new CommandLine(root);
    cli.setExecutionExceptionHandler(new FailureHandler(() -> root.debug));
    cli.setParameterExceptionHandler(new UsageErrorHandler());
    Subcommands.registerFor(cli, args);
    giveVersionTo(cli);
    return cli;
  }

  /** Every subcommand's {@code --version} prints what the root's does, not an empty line. */
  private static void giveVersionTo(CommandLine cli) {
    for (CommandLine sub : cli.getSubcommands().values()) {
      sub.getCommandSpec().versionProvider(new VersionProvider());
      giveVersionTo(sub);
    }
  }

  /** Parses and runs {@code args}, returning the process exit code. */
  public static int run(String... args) {
    CommandLine cli = commandLine(args);
    try {
      return cli.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // picocli hands only exceptions to the failure handler; errors of the machine end up here.
      return FailureHandler.internal(cli.getErr(), e, ((EksformCommand) cli.getCommand()).debug);
    }
  }
}

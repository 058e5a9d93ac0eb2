package io.eksform.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code eksform} command: lists the subcommands and maps failures to exit codes. */
@Command(
    name = "eksform",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lint, plan and apply eksctl ClusterConfig files against Amazon EKS.",
    subcommands = {CommandLine.HelpCommand.class})
public final class EksformCommand implements Runnable {

  /** Exit code for a usage error (bad flag, unknown format, missing argument). */
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with every subcommand registered. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new EksformCommand());
    return cli;
  }

  /** Parses and runs {@code args}, returning the process exit code. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }
}

package io.eksform.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * {@code --detailed-exitcode}, as Terraform has it: exit code 2 then means "changes present" and
 * nothing else, so a usage error (2 otherwise) exits 1 like every other failure; a CI script that
 * reads 2 as "there is something to apply" is never misled by a typo in its own flags.
 */
final class DetailedExitCode {
  static final String OPTION = "--detailed-exitcode";

  private DetailedExitCode() {}

  /**
   * Whether a command line that failed to parse asked for it: the command has it and it is given.
   */
  static boolean asked(CommandLine cmd, String[] args) {
    if (cmd.getCommandSpec().findOption(OPTION) == null) {
      return false;
    }
    for (String arg : args) {
      if (arg.equals("--")) {
        return false;
      }
      if (arg.equals(OPTION)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the command that ran (the innermost subcommand) was given it. */
  static boolean asked(ParseResult parsed) {
    if (parsed == null) {
      return false;
    }
    ParseResult innermost = parsed;
    while (innermost.subcommand() != null) {
      innermost = innermost.subcommand();
    }
    return innermost.hasMatchedOption(OPTION);
  }

  /** The exit code of a failure: a usage error's 2 becomes 1 when it was asked for. */
  static int ofFailure(int code, boolean asked) {
    return asked && code == EksformCommand.EXIT_USAGE ? 1 : code;
  }
}

package io.eksform.cli;

import io.eksform.engine.schema.Suggestions;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error (an unknown command or option, a bad value) in the form of every other error: what
 * is wrong, a suggestion when a word looks misspelled, and where the help is; not the whole help
 * page, which would push the one line that matters off the screen. Exit code 2, or 1 under {@code
 * --detailed-exitcode}, where 2 means changes.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("eksform: " + message(ex, cmd));
    UnmatchedArgumentException.printSuggestions(ex, err);
    optionSuggestion(ex, cmd).ifPresent(option -> err.println("Did you mean: " + option + "?"));
    err.println("  hint: see `" + cmd.getCommandSpec().qualifiedName() + " --help`");
    err.flush();
    return DetailedExitCode.ofFailure(EksformCommand.EXIT_USAGE, DetailedExitCode.asked(cmd, args));
  }

  /** The option an unknown one is closest to, when picocli suggests nothing itself. */
  private static Optional<String> optionSuggestion(ParameterException ex, CommandLine cmd) {
    if (!(ex instanceof UnmatchedArgumentException unmatched)
        || !unmatched.getSuggestions().isEmpty()
        || unmatched.getUnmatched().isEmpty()
        || !unmatched.getUnmatched().get(0).startsWith("-")) {
      return Optional.empty();
    }
    String given = unmatched.getUnmatched().get(0).split("=", 2)[0];
    return Suggestions.closest(given, cmd.getCommandSpec().optionsMap().keySet());
  }

  private static String message(ParameterException ex, CommandLine cmd) {
    if (ex instanceof UnmatchedArgumentException unmatched
        && cmd.getParent() == null
        && !unmatched.getUnmatched().isEmpty()
        && !unmatched.getUnmatched().get(0).startsWith("-")) {
      return "unknown command '" + unmatched.getUnmatched().get(0) + "'";
    }
    return ex.getMessage();
  }
}

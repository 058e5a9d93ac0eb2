package io.eksform.cli;

import io.eksform.engine.aws.AwsErrors;
import io.eksform.engine.problem.UserFacingException;
import java.io.PrintWriter;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;

/**
 * The one place where exceptions become messages: a {@link UserFacingException} prints what
 * happened and what to do; anything else is a bug, reported in one line (with the stack trace under
 * {@code --debug}) with exit code 3. Under {@code --detailed-exitcode} a failure never exits 2,
 * which then means changes.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
  private final BooleanSupplier debug;

  FailureHandler(BooleanSupplier debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    Exception known = AwsErrors.userFacing(ex).map(Exception.class::cast).orElse(ex);
    if (known instanceof UserFacingException user) {
      err.println("eksform: " + user.getMessage());
      if (user.hint() != null) {
        err.println("  hint: " + user.hint());
      }
      if (debug.getAsBoolean()) {
        ex.printStackTrace(err);
      }
      err.flush();
      return DetailedExitCode.ofFailure(user.exitCode(), DetailedExitCode.asked(parseResult));
    }
    return internal(err, ex, debug.getAsBoolean());
  }

  /**
   * Reports an internal error in one line and returns its exit code, 3 in every command and under
   * every flag: never 1 (findings, failed changes) nor, under {@code --detailed-exitcode}, 2.
   */
  static int internal(PrintWriter err, Throwable ex, boolean debug) {
    err.println("eksform: internal error: " + ex);
    if (debug) {
      ex.printStackTrace(err);
    } else {
      err.println("  run again with --debug to see the stack trace, and please report it");
    }
    err.flush();
    return EksformCommand.EXIT_INTERNAL;
  }
}

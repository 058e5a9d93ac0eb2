package io.eksform.cli.common;

import io.eksform.engine.problem.UserFacingException;

/**
 * A failure the user can fix that the CLI itself detects (conflicting options, an unwritable output
 * file): printed as its message and hint, never with a stack trace.
 */
public class UserError extends UserFacingException {
  private static final long serialVersionUID = 1L;

  public UserError(String message, String hint, int exitCode) {
    super(message, hint, exitCode, null);
  }

  public UserError(String message, String hint) {
    this(message, hint, 1);
  }
}

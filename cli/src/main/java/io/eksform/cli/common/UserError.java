package io.eksform.cli.common;

/**
 * A failure the user can fix (missing credentials, a stale plan, an unreachable endpoint): printed
 * as its message and hint, never with a stack trace, ending the command with {@link #exitCode()}.
 */
public class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String hint;
  private final int exitCode;

  public UserError(String message, String hint, int exitCode) {
    super(message);
    this.hint = hint;
    this.exitCode = exitCode;
  }

  public UserError(String message, String hint) {
    this(message, hint, 1);
  }

  public String hint() {
    return hint;
  }

  public int exitCode() {
    return exitCode;
  }
}

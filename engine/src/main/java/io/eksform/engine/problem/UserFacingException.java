package io.eksform.engine.problem;

/**
 * A failure of the environment that the user can fix (no credentials, access denied, a cluster that
 * does not exist, an unreachable endpoint, a stale plan). The CLI prints its message and hint
 * without a stack trace and exits with {@link #exitCode()}.
 */
public class UserFacingException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String hint;
  private final int exitCode;

  public UserFacingException(String message, String hint, int exitCode, Throwable cause) {
    super(message, cause);
    this.hint = hint;
    this.exitCode = exitCode;
  }

  public UserFacingException(String message, String hint) {
    this(message, hint, 1, null);
  }

  /** What to do about it, or null. */
  public String hint() {
    return hint;
  }

  public int exitCode() {
    return exitCode;
  }
}

package io.eksform.engine.policy;

/**
 * A policy problem the user can fix: a Rego file that does not parse or compile, an unreachable OPA
 * server, a bundle that cannot be loaded. The message says what, where and what to do.
 */
public final class PolicyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PolicyException(String message) {
    super(message);
  }

  public PolicyException(String message, Throwable cause) {
    super(message, cause);
  }
}

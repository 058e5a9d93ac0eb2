package io.eksform.engine.apply;

/** A step could not finish; the message says what AWS or Kubernetes answered. */
public final class StepFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StepFailedException(String message) {
    super(message);
  }

  public StepFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.eksform.engine.apply;

/** A step could not finish; the message says what AWS or Kubernetes answered. */
final class StepFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StepFailedException(String message) {
    super(message);
  }

  StepFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.eksform.engine.planfile;

/**
 * Why a JSON document cannot be read as a plan: a sentence that completes "FILE ..." and a hint;
 * {@link PlanFile} turns it into the user-facing error naming the file.
 */
final class NotAPlanException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String hint;

  NotAPlanException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  String hint() {
    return hint;
  }
}

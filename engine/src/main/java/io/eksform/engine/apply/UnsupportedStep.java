package io.eksform.engine.apply;

import io.eksform.engine.plan.Change;

/** A change apply cannot carry out yet: it fails with a message saying so and what to do. */
public final class UnsupportedStep implements Step {
  private final String message;

  private UnsupportedStep(String message) {
    this.message = message;
  }

  /** A step for what apply cannot do yet, saying how to do it instead. */
  public static UnsupportedStep cannot(String what) {
    return new UnsupportedStep(
        "eksform apply cannot " + what + " yet; make this change with eksctl or the AWS console");
  }

  /** A step for a change apply cannot carry out yet. */
  public static UnsupportedStep cannot(Change change) {
    return cannot(change.action().word() + " " + change.address());
  }

  /** A step that fails with {@code message} as it is. */
  public static UnsupportedStep because(String message) {
    return new UnsupportedStep(message);
  }

  @Override
  public String verb() {
    return "changing";
  }

  @Override
  public void run(StepContext ctx) {
    throw new StepFailedException(message);
  }
}

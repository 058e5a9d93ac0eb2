package io.eksform.engine.apply;

/** A change apply cannot carry out yet: it fails with a message saying so and what to do. */
final class UnsupportedStep implements Step {
  private final String what;

  UnsupportedStep(String what) {
    this.what = what;
  }

  @Override
  public String verb() {
    return "changing";
  }

  @Override
  public void run(StepContext ctx) {
    throw new StepFailedException(
        "eksform apply cannot " + what + " yet; make this change with eksctl or the AWS console");
  }
}

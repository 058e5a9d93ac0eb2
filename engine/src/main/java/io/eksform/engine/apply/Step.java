package io.eksform.engine.apply;

/** One AWS or Kubernetes concern of one change; safe to run again after a partial run. */
public interface Step {
  /** The progress word: creating, updating, deleting. */
  String verb();

  void run(StepContext ctx);
}

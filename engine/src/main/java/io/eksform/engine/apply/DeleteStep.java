package io.eksform.engine.apply;

import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * A step that deletes one named object and waits until it is gone; an object already gone is fine.
 */
public abstract class DeleteStep implements Step {
  protected final String name;

  protected DeleteStep(String name) {
    this.name = name;
  }

  @Override
  public final String verb() {
    return "deleting";
  }

  /**
   * Polls until {@code exists} turns false; the service answers a delete before the object is gone,
   * and the steps after it need it gone.
   */
  protected static void waitUntilGone(StepContext ctx, BooleanSupplier exists, String what) {
    Instant deadline = Instant.now().plus(ctx.settings().waitTimeout());
    while (exists.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new StepFailedException(what + " was still there after its deletion");
      }
      StepContext.pause(ctx.settings().pollInterval());
    }
  }
}

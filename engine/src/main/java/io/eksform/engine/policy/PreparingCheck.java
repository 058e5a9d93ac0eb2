package io.eksform.engine.policy;

import io.eksform.engine.config.ConfigDocument;
import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.validate.DocumentCheck;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A policy check whose policies are prepared on another thread while the inputs are resolved, read
 * and schema-checked: compiling the rule set at start-up then costs no wall time. The first
 * document waits for it; a problem preparing it surfaces as the {@link PolicyException} itself.
 */
public final class PreparingCheck implements DocumentCheck {
  private final CompletableFuture<Policies> policies;

  public PreparingCheck(Supplier<Policies> prepare) {
    // A thread of its own: the common pool's few workers are busy reading the files meanwhile.
    this.policies = CompletableFuture.supplyAsync(prepare, PreparingCheck::startDaemon);
  }

  /** The prepared policies, waiting for them when needed. */
  public Policies policies() {
    try {
      return policies.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  private static void startDaemon(Runnable task) {
    Thread thread = new Thread(task, "eksform-policy-preparation");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public List<Diagnostic> check(ConfigDocument document) {
    return policies().check().check(document);
  }
}

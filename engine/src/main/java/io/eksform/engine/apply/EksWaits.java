package io.eksform.engine.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.eks.model.ResourceInUseException;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eks.waiters.EksWaiter;
import software.amazon.awssdk.services.iam.waiters.IamWaiter;

/**
 * The waits of EKS (and IAM) steps: the SDK's waiters with the apply's timeout and poll interval,
 * and the retry of a call EKS refuses while the cluster (or a Fargate profile) is busy.
 */
public final class EksWaits {
  private EksWaits() {}

  public static EksWaiter waiter(StepContext ctx) {
    return EksWaiter.builder().client(ctx.aws().eks()).overrideConfiguration(waits(ctx)).build();
  }

  /** IAM is eventually consistent: a role just created is waited for before EKS is given it. */
  public static IamWaiter iamWaiter(StepContext ctx) {
    return IamWaiter.builder().client(ctx.aws().iam()).overrideConfiguration(waits(ctx)).build();
  }

  private static WaiterOverrideConfiguration waits(StepContext ctx) {
    Duration poll = ctx.settings().pollInterval();
    Duration timeout = ctx.settings().waitTimeout();
    return WaiterOverrideConfiguration.builder()
        .waitTimeout(timeout)
        .maxAttempts((int) Math.max(2, timeout.toMillis() / Math.max(1, poll.toMillis())))
        .backoffStrategy(FixedDelayBackoffStrategy.create(poll))
        .build();
  }

  /**
   * Runs a create or delete call, waiting out "another profile is CREATING/DELETING" with backoff;
   * returns false when EKS says the object already exists (the caller adopts it).
   */
  public static boolean callWhileBusy(StepContext ctx, String verb, Runnable call) {
    Backoff backoff = new Backoff(ctx.settings().pollInterval(), Duration.ofSeconds(30));
    Instant deadline = Instant.now().plus(ctx.settings().waitTimeout());
    while (true) {
      try {
        call.run();
        return true;
      } catch (ResourceInUseException e) {
        String msg = String.valueOf(e.awsErrorDetails().errorMessage());
        if (msg.contains("already exists")) {
          return false;
        }
        if (Instant.now().isAfter(deadline)) {
          throw new StepFailedException("the cluster stayed busy: " + msg, e);
        }
        ctx.retried(verb, msg);
        StepContext.pause(backoff.next());
      }
    }
  }

  /**
   * Runs a delete call (retried while the cluster is busy), then {@code waitDeleted} with a waiter
   * until the object is gone; an object already gone is fine, a failed wait is explained by {@code
   * why}.
   */
  public static void deleteAndWait(
      StepContext ctx,
      String verb,
      Runnable delete,
      Consumer<EksWaiter> waitDeleted,
      Function<SdkException, String> why) {
    try {
      callWhileBusy(ctx, verb, delete);
    } catch (ResourceNotFoundException e) {
      return;
    }
    try (var waiter = waiter(ctx)) {
      waitDeleted.accept(waiter);
    } catch (SdkException e) {
      throw new StepFailedException(why.apply(e), e);
    }
  }
}

package io.eksform.engine.apply;

import io.eksform.engine.live.Fingerprints;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eks.waiters.EksWaiter;
import tools.jackson.databind.JsonNode;

/**
 * A step that creates one named EKS object from the plan's {@code after} and waits until it is
 * ACTIVE: the name (a create-before-destroy replacement's is suffixed), the object it replaces, the
 * tags it carries and its request token.
 */
public abstract class CreateStep implements Step {
  protected final JsonNode after;
  protected final String name;
  private final String replaces;

  /**
   * {@code replaces} names the object a replacement replaces ("" for a plain create), so that its
   * request token differs from the one that created the old object with the same settings.
   */
  protected CreateStep(JsonNode after, String name, String replaces) {
    this.after = after;
    this.name = name;
    this.replaces = replaces;
  }

  @Override
  public final String verb() {
    return "creating";
  }

  /**
   * Sends {@code create} (waiting out a busy cluster); an object of the name that exists is
   * adopted, unless it is being deleted (a destroy-before-create stopped after its delete): its
   * deletion is waited out ({@code waitGone}) and the create sent again. {@code status} reads the
   * existing object's status.
   */
  protected void createOrAdopt(
      StepContext ctx, Runnable create, Supplier<String> status, Consumer<EksWaiter> waitGone) {
    while (!EksWaits.callWhileBusy(ctx, verb(), create)) {
      try {
        if (!"DELETING".equals(status.get())) {
          return;
        }
        ctx.retried(verb(), name + " is still being deleted; creating it once it is gone");
        try (EksWaiter waiter = EksWaits.waiter(ctx)) {
          waitGone.accept(waiter);
        }
      } catch (ResourceNotFoundException gone) {
        // Deleted in the meantime: create it.
      } catch (SdkException e) {
        throw new StepFailedException(
            name + " was being deleted and did not go away: " + e.getMessage(), e);
      }
    }
  }

  /** The config's tags and eksform's ownership tags. */
  protected Map<String, String> ownedTags(StepContext ctx) {
    Map<String, String> tags = new TreeMap<>(Fields.map(after, "tags"));
    tags.putAll(ctx.ownershipTags());
    return tags;
  }

  /**
   * The same request of this run gets the same token (a retried call is not a second create);
   * another, not. A later run gets another token: the object this run creates may be deleted and
   * created again with the same settings (a replacement changed back), and AWS answers a token it
   * has seen with the first reply, not with a new object. A re-run after a crash finds the object
   * by its name instead. {@code more} is what else the request holds beyond {@code after}.
   */
  protected String token(StepContext ctx, String more) {
    return Fingerprints.sha256(
            ctx.runId() + "\n" + ctx.cluster() + "\n" + name + "\n" + after + more + replaces)
        .substring(0, 32);
  }
}

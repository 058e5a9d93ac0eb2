package io.eksform.engine.apply;

import io.eksform.engine.live.Fingerprints;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * A step that creates one named EKS object from the plan's {@code after} and waits until it is
 * ACTIVE: the name (a create-before-destroy replacement's is suffixed), the object it replaces, the
 * tags it carries and its request token.
 */
abstract class CreateStep implements Step {
  final JsonNode after;
  final String name;
  private final String replaces;

  /**
   * {@code replaces} names the object a replacement replaces ("" for a plain create), so that its
   * request token differs from the one that created the old object with the same settings.
   */
  CreateStep(JsonNode after, String name, String replaces) {
    this.after = after;
    this.name = name;
    this.replaces = replaces;
  }

  @Override
  public final String verb() {
    return "creating";
  }

  /** The config's tags and eksform's ownership tags. */
  Map<String, String> ownedTags(StepContext ctx) {
    Map<String, String> tags = new TreeMap<>(Fields.map(after, "tags"));
    tags.putAll(ctx.ownershipTags());
    return tags;
  }

  /**
   * The same request gets the same token (a retried call is not a second create); another, not.
   * {@code more} is what else the request holds beyond {@code after}.
   */
  String token(StepContext ctx, String more) {
    return Fingerprints.sha256(ctx.cluster() + "\n" + name + "\n" + after + more + replaces)
        .substring(0, 32);
  }
}

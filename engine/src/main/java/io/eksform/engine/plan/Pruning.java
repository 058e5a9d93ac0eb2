package io.eksform.engine.plan;

import io.eksform.engine.desired.ManagedNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Live objects the config does not want: deleted with {@code --prune} when eksform (or, for the
 * kinds whose tags eksctl shares, eksctl) created them for this cluster, listed as created by it
 * without {@code --prune}, and otherwise listed as not managed. The reason names who created it.
 */
public final class Pruning {
  private Pruning() {}

  /** Why the config does not want an object: in a delete's reason, and in the listing. */
  public record Why(String reason, String listed) {
    public static final Why NOT_IN_CONFIG = new Why("not in the config", "no longer in the config");
  }

  /** An object of a kind eksform and eksctl both tag, which the config does not name. */
  public static void unmatched(
      PlanContext ctx, ResourceAddress address, Map<String, String> tags, JsonNode before) {
    unmatched(ctx, address, tags, before, List.of());
  }

  /** As above, its delete following {@code dependsOn}. */
  public static void unmatched(
      PlanContext ctx,
      ResourceAddress address,
      Map<String, String> tags,
      JsonNode before,
      List<ResourceAddress> dependsOn) {
    Optional<String> creator =
        ManagedNames.ownedBy(tags, ctx.cluster())
            ? Optional.of(tags.containsKey(ManagedNames.TAG_MANAGED_BY) ? "eksform" : "eksctl")
            : Optional.empty();
    leave(ctx, address, creator, before, dependsOn, Why.NOT_IN_CONFIG);
  }

  /**
   * An object the config does not want, created by {@code creator} (empty: by someone else, so it
   * is left alone); its delete follows {@code dependsOn} (what uses it goes first).
   */
  public static void leave(
      PlanContext ctx,
      ResourceAddress address,
      Optional<String> creator,
      JsonNode before,
      List<ResourceAddress> dependsOn,
      Why why) {
    leave(ctx, address, creator, before, dependsOn, why, "");
  }

  /** As above, for a delete a field of the config asks for, at {@code pointer}. */
  public static void leave(
      PlanContext ctx,
      ResourceAddress address,
      Optional<String> creator,
      JsonNode before,
      List<ResourceAddress> dependsOn,
      Why why,
      String pointer) {
    if (creator.isEmpty()) {
      ctx.unmanaged.add(address + ": not managed by this config");
      return;
    }
    ctx.prunable.add(address);
    if (ctx.options.prune()) {
      ctx.add(
          new Change(
              address,
              Action.DELETE,
              before,
              Json.NONE,
              List.of(),
              List.of(why.reason() + ", created by " + creator.get() + ", and --prune is set"),
              dependsOn,
              pointer));
    } else {
      ctx.unmanaged.add(
          address
              + ": created by "
              + creator.get()
              + " but "
              + why.listed()
              + " (--prune deletes it)");
    }
  }

  /** "eksform" when the tags say eksform created the object for this cluster. */
  public static Optional<String> eksform(PlanContext ctx, Map<String, String> tags) {
    return ManagedNames.createdByEksform(tags, ctx.cluster())
        ? Optional.of("eksform")
        : Optional.empty();
  }
}

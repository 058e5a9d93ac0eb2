package io.eksform.engine.plan;

import io.eksform.engine.desired.ManagedNames;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Live objects the config does not name: deleted with {@code --prune} when eksform or eksctl
 * created them for this cluster (their tags say so), otherwise listed as not managed.
 */
final class Pruning {
  private Pruning() {}

  static void unmatched(
      PlanContext ctx, ResourceAddress address, Map<String, String> tags, JsonNode before) {
    boolean owned = ManagedNames.ownedBy(tags, ctx.cluster());
    if (owned && ctx.options.prune()) {
      ctx.add(
          new Change(
              address,
              Action.DELETE,
              before,
              Json.NONE,
              List.of(),
              List.of("not in the config, created by " + creator(tags) + ", and --prune is set"),
              List.of(),
              ""));
    } else {
      ctx.unmanaged.add(
          address
              + (owned
                  ? ": created by "
                      + creator(tags)
                      + " but no longer in the config (--prune deletes it)"
                  : ": not managed by this config"));
    }
  }

  private static String creator(Map<String, String> tags) {
    return tags.containsKey(ManagedNames.TAG_MANAGED_BY) ? "eksform" : "eksctl";
  }
}

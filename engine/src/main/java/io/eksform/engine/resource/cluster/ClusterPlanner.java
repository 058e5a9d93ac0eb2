package io.eksform.engine.resource.cluster;

import io.eksform.engine.live.LiveCluster;
import io.eksform.engine.plan.AttributeChange;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Diff;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.Makers;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cluster: created with every setting the config gives it when EKS has none ({@link
 * NewClusterPlanner}), else its own settings that EKS changes in place: the Kubernetes version (one
 * minor at a time, never down), control-plane logging, endpoint access, and tags (added or updated;
 * tags the config does not name are left alone).
 */
final class ClusterPlanner {
  private ClusterPlanner() {}

  static void plan(PlanContext ctx) {
    if (ctx.live().cluster().pending()) {
      NewClusterPlanner.plan(ctx);
      return;
    }
    ClusterCreateOnly.check(ctx);
    ClusterCreateOnly.notCompared(ctx);
    LiveCluster live = ctx.live().cluster();
    ObjectNode before = Json.object();
    ObjectNode after = Json.object();
    List<String> reasons = new ArrayList<>();
    ctx.desired().version().ifPresent(wanted -> version(ctx, live, wanted, before, after, reasons));
    ctx.desired()
        .logTypes()
        .ifPresent(
            types -> {
              before.set("logging", Json.strings(live.enabledLogTypes()));
              after.set("logging", Json.strings(types));
            });
    ctx.desired()
        .endpointPublicAccess()
        .ifPresent(
            v -> {
              before.put("endpoint_public_access", live.endpointPublicAccess());
              after.put("endpoint_public_access", v);
            });
    ctx.desired()
        .endpointPrivateAccess()
        .ifPresent(
            v -> {
              before.put("endpoint_private_access", live.endpointPrivateAccess());
              after.put("endpoint_private_access", v);
            });
    if (!ctx.desired().tags().isEmpty()) {
      Map<String, String> current = new TreeMap<>();
      ctx.desired()
          .tags()
          .keySet()
          .forEach(
              k -> {
                if (live.tags().containsKey(k)) {
                  current.put(k, live.tags().get(k));
                }
              });
      before.set("tags", Json.map(current));
      after.set("tags", Json.map(ctx.desired().tags()));
    }
    List<AttributeChange> attributes = Diff.attributes(before, after, Set.of(), Set.of());
    reasons.addAll(
        Diff.reasons(attributes.stream().filter(a -> !a.path().equals("version")).toList(), "EKS"));
    ctx.adopt(ResourceAddress.of(ResourceAddress.CLUSTER), Makers.ofTags(live.tags()));
    ctx.add(
        new Change(
            ResourceAddress.of(ResourceAddress.CLUSTER),
            Diff.actionFor(attributes),
            before,
            after,
            attributes,
            attributes.isEmpty() ? List.of() : reasons,
            List.of(),
            "/metadata"));
  }

  private static void version(
      PlanContext ctx,
      LiveCluster live,
      String wanted,
      ObjectNode before,
      ObjectNode after,
      List<String> reasons) {
    if (wanted.equals("auto") || wanted.equals("latest") || live.version().equals(wanted)) {
      return;
    }
    int[] from = minor(live.version());
    int[] to = minor(wanted);
    if (from == null || to == null) {
      return;
    }
    if (to[0] != from[0] || to[1] < from[1]) {
      ctx.error(
          "metadata.version "
              + wanted
              + " is older than the cluster's "
              + live.version()
              + "; EKS cannot downgrade a cluster",
          "/metadata/version",
          "set metadata.version to \"" + live.version() + "\" or newer");
      return;
    }
    String next = from[0] + "." + (from[1] + 1);
    before.put("version", live.version());
    after.put("version", next);
    reasons.add(
        to[1] == from[1] + 1
            ? "version upgrade " + live.version() + " -> " + next
            : "version upgrade "
                + live.version()
                + " -> "
                + next
                + " (EKS upgrades one minor version at a time; plan again for "
                + wanted
                + ")");
  }

  static int[] minor(String version) {
    String[] parts = version.split("\\.");
    try {
      return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    } catch (RuntimeException e) {
      return null;
    }
  }
}

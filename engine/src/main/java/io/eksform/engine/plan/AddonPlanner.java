package io.eksform.engine.plan;

import io.eksform.engine.desired.AddonSpec;
import io.eksform.engine.live.LiveAddon;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * EKS add-ons: created when missing; version, service account role, configuration values and tags
 * updated in place. A version left out of the config is the cluster's default and is not compared.
 */
final class AddonPlanner {
  private AddonPlanner() {}

  static void plan(PlanContext ctx) {
    for (AddonSpec spec : ctx.desired.addons()) {
      plan(ctx, spec);
    }
    for (LiveAddon live : ctx.live.addons()) {
      boolean named = ctx.desired.addons().stream().anyMatch(s -> s.name().equals(live.name()));
      if (!named && !"DELETING".equals(live.status())) {
        Pruning.unmatched(
            ctx, ResourceAddress.of(ResourceAddress.ADDON, live.name()), live.tags(), Json.NONE);
      }
    }
  }

  private static void plan(PlanContext ctx, AddonSpec spec) {
    ObjectNode after = Json.object();
    after.put("name", spec.name());
    spec.version().filter(v -> !v.equals("latest")).ifPresent(v -> after.put("version", v));
    spec.serviceAccountRoleArn().ifPresent(v -> after.put("service_account_role_arn", v));
    spec.configurationValues().ifPresent(v -> after.put("configuration_values", v));
    if (!spec.tags().isEmpty()) {
      after.set("tags", Json.map(spec.tags()));
    }
    ResourceAddress address = ResourceAddress.of(ResourceAddress.ADDON, spec.name());
    Optional<LiveAddon> live =
        ctx.live.addon(spec.name()).filter(a -> !"DELETING".equals(a.status()));
    if (live.isEmpty()) {
      ctx.add(
          new Change(
              address,
              Action.CREATE,
              Json.NONE,
              after,
              Diff.creation(after, Set.of()),
              List.of("add-on " + spec.name() + " is not installed"),
              List.of(),
              spec.pointer()));
      return;
    }
    LiveAddon a = live.get();
    ObjectNode before = Json.object();
    before.put("name", a.name());
    if (after.has("version")) {
      before.put("version", a.version());
    }
    if (after.has("service_account_role_arn")) {
      before.set("service_account_role_arn", Json.text(a.serviceAccountRoleArn()));
    }
    if (after.has("configuration_values")) {
      before.set("configuration_values", Json.text(a.configurationValues()));
    }
    if (after.has("tags")) {
      Map<String, String> tags = new TreeMap<>();
      spec.tags()
          .keySet()
          .forEach(
              k -> {
                if (a.tags().containsKey(k)) {
                  tags.put(k, a.tags().get(k));
                }
              });
      before.set("tags", Json.map(tags));
    }
    var attributes = Diff.attributes(before, after, Set.of("name"), Set.of());
    ctx.add(
        new Change(
            address,
            Diff.actionFor(attributes),
            before,
            after,
            attributes,
            Diff.reasons(attributes, "EKS"),
            List.of(),
            spec.pointer()));
  }
}

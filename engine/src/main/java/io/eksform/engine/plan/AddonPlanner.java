package io.eksform.engine.plan;

import io.eksform.engine.desired.AddonSpec;
import io.eksform.engine.live.LiveAddon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * EKS add-ons: created when missing; version, service account role, configuration values and tags
 * updated in place; a lower version (EKS cannot downgrade) or a live add-on that failed to create
 * is a replacement. A version left out of the config is the cluster's default and is not compared.
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
          Changes.create(
              address,
              after,
              "add-on " + spec.name() + " is not installed",
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
      before.set("tags", Json.map(Json.subset(a.tags(), spec.tags().keySet())));
    }
    Change compared =
        Changes.compare(address, before, after, Set.of("name"), "EKS", List.of(), spec.pointer());
    List<String> why = new ArrayList<>();
    if ("CREATE_FAILED".equals(a.status())) {
      why.add("the live add-on is CREATE_FAILED");
    }
    if (after.has("version") && AddonVersions.older(after.get("version").asString(), a.version())) {
      why.add(
          "version "
              + after.get("version").asString()
              + " is older than the live "
              + a.version()
              + ", and EKS cannot downgrade an add-on in place");
    }
    if (why.isEmpty()) {
      ctx.adopt(address, Makers.ofTags(a.tags()));
      ctx.add(compared);
      return;
    }
    var attributes =
        compared.attributes().stream()
            .map(
                c ->
                    c.path().equals("version")
                        ? new AttributeChange(
                            c.path(), c.before(), c.after(), true, c.knownAfterApply())
                        : c)
            .toList();
    why.addAll(compared.reasons().stream().filter(r -> !r.startsWith("version ")).toList());
    ctx.add(
        new Change(
            address, Action.REPLACE, before, after, attributes, why, List.of(), spec.pointer()));
  }
}

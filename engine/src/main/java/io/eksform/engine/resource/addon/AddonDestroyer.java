package io.eksform.engine.resource.addon;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.LiveAddon;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.plan.Destroying;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.node.ObjectNode;

/**
 * The add-ons of a cluster being destroyed, every one of them (they run on the cluster, whoever
 * installed them), then the IRSA role of each, once its add-on is gone, when eksform or eksctl made
 * it; and any add-on role eksform made for the cluster that no add-on uses any more.
 */
final class AddonDestroyer {
  private static final String PREFIX = ResourceAddress.ADDON_ROLE + ".";

  private AddonDestroyer() {}

  static void destroy(PlanContext ctx) {
    Set<String> roles = new TreeSet<>();
    for (LiveAddon addon : ctx.live().addons()) {
      ResourceAddress address = ResourceAddress.of(ResourceAddress.ADDON, addon.name());
      ObjectNode before = Json.object();
      before.put("name", addon.name());
      before.put("version", addon.version());
      addon.serviceAccountRoleArn().ifPresent(a -> before.put("service_account_role_arn", a));
      Destroying.delete(
          ctx,
          address,
          before,
          Destroying.maker(ctx, addon.tags())
              .map(m -> "installed by " + m)
              .orElse("an add-on of the cluster, which goes with it"),
          List.of());
      Optional<LiveRole> role = addon.serviceAccountRoleArn().flatMap(ctx.live()::roleByArn);
      if (role.isPresent() && roles.add(role.get().name())) {
        Destroying.role(
            ctx,
            ResourceAddress.of(ResourceAddress.ADDON_ROLE, addon.name()),
            role.get(),
            "add-on " + addon.name(),
            List.of(address));
      }
    }
    ctx.live().roles().values().stream()
        .sorted(Comparator.comparing(LiveRole::name))
        .filter(r -> ManagedNames.createdByEksform(r.tags(), ctx.cluster()))
        .filter(r -> r.tags().getOrDefault(ManagedNames.TAG_RESOURCE, "").startsWith(PREFIX))
        .filter(r -> roles.add(r.name()))
        .forEach(
            r -> {
              String addon = r.tags().get(ManagedNames.TAG_RESOURCE).substring(PREFIX.length());
              Destroying.delete(
                  ctx,
                  ResourceAddress.of(ResourceAddress.ADDON_ROLE, addon),
                  Destroying.roleBefore(r),
                  "made by eksform for add-on " + addon,
                  List.of());
            });
  }
}

package io.eksform.engine.resource.addon;

import io.eksform.engine.desired.AddonSpec;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.LiveAddon;
import io.eksform.engine.plan.PlanContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The add-ons eksctl installs on every cluster it creates (its {@code KnownAddons} marked default:
 * vpc-cni, kube-proxy, coredns, metrics-server), unless {@code addonsConfig.disableDefaultAddons}:
 * planned on a cluster this plan creates (or eksform created: an apply may have stopped before its
 * add-ons), each at the cluster's default version, and only where the config does not list the
 * add-on itself. They carry a tag saying so, which keeps a later plan from taking them for add-ons
 * the config dropped.
 */
final class DefaultAddons {
  static final List<String> NAMES = List.of("vpc-cni", "kube-proxy", "coredns", "metrics-server");
  static final String POINTER = "/addonsConfig/disableDefaultAddons";

  private DefaultAddons() {}

  /** The default add-ons of a cluster eksform creates, beyond those the config lists. */
  static List<AddonSpec> wanted(PlanContext ctx) {
    boolean disabled =
        ctx.desired().fields().value(POINTER).map(Boolean::parseBoolean).orElse(false);
    var cluster = ctx.live().cluster();
    boolean ours =
        cluster.pending() || ManagedNames.createdByEksform(cluster.tags(), ctx.cluster());
    if (!ours || disabled) {
      return List.of();
    }
    return NAMES.stream()
        .filter(n -> ctx.desired().addons().stream().noneMatch(a -> a.name().equals(n)))
        .map(
            n ->
                new AddonSpec(
                    n,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Map.of(ManagedNames.TAG_DEFAULT_ADDON, "true"),
                    "/addonsConfig"))
        .toList();
  }

  /** True when eksform installed this live add-on as a default of the cluster it created. */
  static boolean installedAsDefault(LiveAddon live) {
    return NAMES.contains(live.name())
        && "true".equals(live.tags().get(ManagedNames.TAG_DEFAULT_ADDON));
  }
}

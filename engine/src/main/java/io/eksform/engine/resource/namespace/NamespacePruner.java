package io.eksform.engine.resource.namespace;

import io.eksform.engine.desired.FargateProfileSpec;
import io.eksform.engine.desired.ServiceAccountSpec;
import io.eksform.engine.live.LiveNamespace;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.Pruning;
import io.eksform.engine.plan.ResourceAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.node.ObjectNode;

/**
 * Namespaces eksform created (its label) that no service account or Fargate selector of the config
 * names any more: deleted with {@code --prune} once empty (no pods, no service account but the
 * default one, those this plan deletes or moves away counting as gone), after them. One that still
 * holds something is named and left: eksform never deletes what others put there.
 */
final class NamespacePruner {
  /** Namespaces every cluster has, which Kubernetes does not let anyone delete or needs. */
  private static final Set<String> SYSTEM =
      Set.of("default", "kube-system", "kube-public", "kube-node-lease");

  private static final Pruning.Why EMPTY =
      new Pruning.Why(
          "empty, and no service account or Fargate selector of the config names it",
          "empty, and no service account or Fargate selector of the config names it");

  private NamespacePruner() {}

  static void plan(PlanContext ctx) {
    for (LiveNamespace ns : ctx.live().managedNamespaces()) {
      if (ns.terminating() || SYSTEM.contains(ns.name()) || named(ctx, ns.name())) {
        continue;
      }
      // The service accounts that leave it, by name, with the change that takes each away.
      Map<String, ResourceAddress> leaving = new TreeMap<>();
      for (ResourceAddress a : ctx.prunable()) {
        boolean account =
            a.type().equals(ResourceAddress.SERVICE_ACCOUNT)
                || a.type().equals(ResourceAddress.KUBERNETES_SERVICE_ACCOUNT);
        if (account && a.name().startsWith(ns.name() + "/")) {
          leaving.put(a.name().substring(ns.name().length() + 1), a);
        }
      }
      for (Change c : ctx.changes()) {
        String from = c.before().path("namespace").asString("");
        if (c.address().type().equals(ResourceAddress.SERVICE_ACCOUNT)
            && c.action() == Action.REPLACE
            && from.equals(ns.name())
            && !from.equals(c.after().path("namespace").asString(""))) {
          leaving.put(c.before().path("name").asString(""), c.address());
        }
      }
      List<String> staying =
          ns.serviceAccounts().stream().filter(sa -> !leaving.containsKey(sa)).toList();
      ResourceAddress address = ResourceAddress.of(ResourceAddress.NAMESPACE, ns.name());
      if (!staying.isEmpty() || ns.pods() > 0) {
        ctx.noteUnmanaged(
            address
                + ": created by eksform and no service account or Fargate selector of the config"
                + " names it, but it still holds "
                + holding(staying, ns.pods())
                + "; eksform deletes only an empty namespace");
        continue;
      }
      ObjectNode before = Json.object();
      before.put("name", ns.name());
      before.set("labels", Json.map(ns.labels()));
      Pruning.leave(
          ctx,
          address,
          Optional.of("eksform"),
          before,
          List.copyOf(new TreeSet<>(leaving.values())),
          EMPTY);
    }
  }

  /** True when a service account or a Fargate selector of the config names the namespace. */
  private static boolean named(PlanContext ctx, String namespace) {
    for (ServiceAccountSpec sa : ctx.desired().serviceAccounts()) {
      if (sa.namespace().equals(namespace)) {
        return true;
      }
    }
    for (FargateProfileSpec p : ctx.desired().fargateProfiles()) {
      if (p.selectors().stream().anyMatch(s -> s.selectsNamespace(namespace))) {
        return true;
      }
    }
    return false;
  }

  private static String holding(List<String> accounts, int pods) {
    List<String> parts = new ArrayList<>();
    if (pods > 0) {
      parts.add(pods + (pods == 1 ? " pod" : " pods"));
    }
    if (!accounts.isEmpty()) {
      parts.add(
          (accounts.size() == 1 ? "service account " : "service accounts ")
              + String.join(", ", accounts));
    }
    return String.join(" and ", parts);
  }
}

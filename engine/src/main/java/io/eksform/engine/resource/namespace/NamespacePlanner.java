package io.eksform.engine.resource.namespace;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.desired.ServiceAccountSpec;
import io.eksform.engine.plan.Changes;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.node.ObjectNode;

/**
 * The namespaces the config's service accounts live in (all but {@code roleOnly} ones): each one
 * missing is created with eksform's label, before the service accounts that need it.
 */
final class NamespacePlanner {
  private NamespacePlanner() {}

  static void plan(PlanContext ctx) {
    Set<String> namespaces = new TreeSet<>();
    for (ServiceAccountSpec sa : ctx.desired().serviceAccounts()) {
      if (!sa.roleOnly()) {
        namespaces.add(sa.namespace());
      }
    }
    for (String ns : namespaces) {
      if (!ctx.live().hasNamespace(ns)) {
        ObjectNode after = Json.object();
        after.put("name", ns);
        after.set("labels", Json.map(Map.of(ManagedNames.MANAGED_BY_LABEL, "eksform")));
        ctx.add(
            Changes.create(
                ResourceAddress.of(ResourceAddress.NAMESPACE, ns),
                after,
                "service accounts live in namespace " + ns + ", which does not exist",
                List.of(),
                pointerOfFirst(ctx, ns)));
      }
    }
  }

  private static String pointerOfFirst(PlanContext ctx, String namespace) {
    return ctx.desired().serviceAccounts().stream()
        .filter(s -> s.namespace().equals(namespace))
        .map(s -> s.pointer() + "/metadata/namespace")
        .findFirst()
        .orElse("/iam/serviceAccounts");
  }
}

package io.eksform.engine.resource.serviceaccount;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.live.LiveServiceAccount;
import io.eksform.engine.plan.Destroying;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * The IRSA roles of a cluster being destroyed: per {@code namespace/name}, the roles eksform or
 * eksctl made for that service account (by their tags, or named by its annotation); a role a
 * service account names that neither made is left. The Kubernetes service accounts themselves go
 * with the cluster, so the deletion holds only the roles.
 */
final class ServiceAccountDestroyer {
  private static final String PREFIX = ResourceAddress.SERVICE_ACCOUNT + ".";
  private static final String ROLE_ANNOTATION = "eks.amazonaws.com/role-arn";

  private ServiceAccountDestroyer() {}

  static void destroy(PlanContext ctx) {
    Map<String, List<LiveRole>> byAccount = new TreeMap<>();
    Map<String, String> makers = new TreeMap<>();
    List<LiveRole> roles =
        ctx.live().roles().values().stream().sorted(Comparator.comparing(LiveRole::name)).toList();
    for (LiveRole role : roles) {
      accountOf(ctx, role)
          .ifPresent(
              key -> {
                byAccount.computeIfAbsent(key, k -> new ArrayList<>()).add(role);
                makers.put(role.name(), Destroying.maker(ctx, role.tags()).orElseThrow());
              });
    }
    for (LiveServiceAccount sa : ctx.live().serviceAccounts()) {
      String arn = sa.annotations().getOrDefault(ROLE_ANNOTATION, "");
      Optional<LiveRole> role = ctx.live().roleByArn(arn);
      if (role.isEmpty() || makers.containsKey(role.get().name())) {
        continue;
      }
      Optional<String> maker = Destroying.maker(ctx, role.get().tags());
      if (maker.isPresent()) {
        byAccount.computeIfAbsent(sa.key(), k -> new ArrayList<>()).add(role.get());
        makers.put(role.get().name(), maker.get());
      } else {
        Destroying.leave(
            ctx,
            "IAM role " + role.get().name(),
            "service account "
                + sa.key()
                + " runs with it, but neither eksform nor eksctl made it for this cluster");
      }
    }
    byAccount.forEach(
        (key, owned) -> {
          int slash = key.indexOf('/');
          ObjectNode before = Json.object();
          before.put("namespace", key.substring(0, slash));
          before.put("name", key.substring(slash + 1));
          before.set("role_names", Json.strings(owned.stream().map(LiveRole::name).toList()));
          before.set(
              "attach_policy_arns",
              Json.strings(
                  owned.stream().flatMap(r -> r.attachedPolicyArns().stream()).sorted().toList()));
          String made =
              String.join(
                  " and ", owned.stream().map(r -> makers.get(r.name())).distinct().toList());
          Destroying.delete(
              ctx,
              ResourceAddress.of(ResourceAddress.SERVICE_ACCOUNT, key),
              before,
              "IAM role made by "
                  + made
                  + " for service account "
                  + key
                  + " (the Kubernetes service account goes with the cluster)",
              List.of());
        });
  }

  /** The service account ({@code namespace/name}) eksform's or eksctl's tags made the role for. */
  private static Optional<String> accountOf(PlanContext ctx, LiveRole role) {
    Map<String, String> tags = role.tags();
    String resource = tags.getOrDefault(ManagedNames.TAG_RESOURCE, "");
    if (ManagedNames.createdByEksform(tags, ctx.cluster())
        && resource.startsWith(PREFIX)
        && resource.contains("/")) {
      return Optional.of(resource.substring(PREFIX.length()));
    }
    String eksctl = tags.getOrDefault(ManagedNames.EKSCTL_SERVICE_ACCOUNT_TAG, "");
    if (eksctl.contains("/") && ctx.cluster().equals(tags.get(ManagedNames.EKSCTL_CLUSTER_TAG))) {
      return Optional.of(eksctl);
    }
    return Optional.empty();
  }
}

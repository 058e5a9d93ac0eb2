package io.eksform.engine.resource.serviceaccount;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.desired.ServiceAccountSpec;
import io.eksform.engine.live.LiveReader;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.live.LiveServiceAccount;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import java.util.Comparator;
import java.util.Optional;

/**
 * Finds the IAM role an IRSA service account used before its role changed identity (another name:
 * IAM cannot rename a role) or before it moved to another namespace, so that the plan replaces it
 * instead of leaving it behind. Only roles eksform made for this cluster are considered: a role
 * someone else made is never deleted, and one eksctl made belongs to its CloudFormation stack.
 */
final class PreviousRoles {
  private static final String PREFIX = ResourceAddress.SERVICE_ACCOUNT + ".";

  private PreviousRoles() {}

  /** The role the service account had, and the namespace it was in then. */
  record Previous(LiveRole role, String namespace) {}

  static Optional<Previous> find(
      PlanContext ctx,
      ServiceAccountSpec sa,
      Optional<LiveServiceAccount> liveAccount,
      String wantedRole) {
    Optional<Previous> annotated =
        liveAccount
            .map(a -> a.annotations().get(ServiceAccountPlanner.ROLE_ANNOTATION))
            .filter(arn -> arn.contains(":role/"))
            .map(LiveReader::roleNameOf)
            .filter(name -> !name.equals(wantedRole))
            .map(name -> ctx.live().roles().get(name))
            .filter(r -> madeByEksform(ctx, r))
            .map(r -> new Previous(r, sa.namespace()));
    if (annotated.isPresent()) {
      return annotated;
    }
    return ctx.live().roles().values().stream()
        .sorted(Comparator.comparing(LiveRole::name))
        .filter(r -> madeByEksform(ctx, r))
        .flatMap(r -> previous(ctx, sa, r, wantedRole).stream())
        .findFirst();
  }

  private static boolean madeByEksform(PlanContext ctx, LiveRole role) {
    return "eksform".equals(role.tags().get(ManagedNames.TAG_MANAGED_BY))
        && ctx.cluster().equals(role.tags().get(ManagedNames.TAG_CLUSTER));
  }

  /** A role tagged for this service account under another name, or for it in another namespace. */
  private static Optional<Previous> previous(
      PlanContext ctx, ServiceAccountSpec sa, LiveRole role, String wantedRole) {
    String resource = role.tags().getOrDefault(ManagedNames.TAG_RESOURCE, "");
    if (!resource.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String key = resource.substring(PREFIX.length());
    int slash = key.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String namespace = key.substring(0, slash);
    String name = key.substring(slash + 1);
    if (key.equals(sa.key())) {
      return role.name().equals(wantedRole)
          ? Optional.empty()
          : Optional.of(new Previous(role, namespace));
    }
    boolean moved =
        name.equals(sa.name())
            && ctx.desired().serviceAccounts().stream().noneMatch(s -> s.key().equals(key));
    return moved ? Optional.of(new Previous(role, namespace)) : Optional.empty();
  }
}

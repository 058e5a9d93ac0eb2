package io.eksform.engine.kinds;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.Replacement;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.resource.ResourceKind;
import io.eksform.engine.resource.addon.AddonKind;
import io.eksform.engine.resource.cluster.ClusterKind;
import io.eksform.engine.resource.clusterrole.ClusterRoleKind;
import io.eksform.engine.resource.fargate.FargateKind;
import io.eksform.engine.resource.namespace.NamespaceKind;
import io.eksform.engine.resource.network.NetworkKind;
import io.eksform.engine.resource.nodegroup.NodeGroupKind;
import io.eksform.engine.resource.oidc.OidcProviderKind;
import io.eksform.engine.resource.serviceaccount.ServiceAccountKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry: every resource kind eksform manages, each after the kinds it uses. The planner
 * plans them in this order and prunes them in the reverse; apply asks the kind of each change's
 * address for its steps.
 */
public final class Kinds {
  /** Every kind, in the order they are planned. */
  public static final List<ResourceKind> ALL =
      List.of(
          new NetworkKind(),
          new ClusterRoleKind(),
          new ClusterKind(),
          new OidcProviderKind(),
          new NamespaceKind(),
          new ServiceAccountKind(),
          new FargateKind(),
          new NodeGroupKind(),
          new AddonKind());

  private Kinds() {}

  /** The kind whose changes have this address's type. */
  public static Optional<ResourceKind> of(ResourceAddress address) {
    return ALL.stream().filter(k -> k.types().contains(address.type())).findFirst();
  }

  /** How the kind of {@code change} carries out its replacement; empty when it cannot. */
  static Optional<Replacement> replacement(
      PlanContext ctx, Change change, Map<ResourceAddress, Action> actions) {
    return of(change.address()).flatMap(k -> k.replacement(ctx, change, actions));
  }
}

package io.eksform.engine.kinds;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.ledger.FieldLedger;
import io.eksform.engine.live.LiveState;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Destroying;
import io.eksform.engine.plan.FieldAccounting;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.PlanOptions;
import io.eksform.engine.plan.Replacements;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.resource.ResourceKind;
import java.util.List;

/**
 * The planner: a pure function from what the config asks ({@link ClusterSpec}) and what exists
 * ({@link LiveState}) to a {@link Plan}. Same inputs, same plan. Every kind of the registry plans
 * in its order, then prunes in the reverse (users before what they use); {@link Replacements}
 * decides how each replacement runs, and every value of the config is accounted for: acted on by a
 * kind, or named in the plan as not acted on ({@link FieldAccounting}). A plan that destroys the
 * cluster asks each kind, in the reverse order, to delete what the cluster owns instead; the whole
 * config is acted on, since everything it describes goes.
 */
public final class Planner {
  private Planner() {}

  public static Plan plan(ClusterSpec desired, LiveState live, PlanOptions options) {
    PlanContext ctx = new PlanContext(desired, live, options, Kinds::replacement);
    List<ResourceKind> kinds = Kinds.ALL;
    if (options.destroy()) {
      if (!Destroying.refused(ctx)) {
        for (int i = kinds.size() - 1; i >= 0; i--) {
          kinds.get(i).destroy(ctx);
        }
      }
      return ctx.toPlan();
    }
    kinds.forEach(kind -> kind.plan(ctx));
    onNewCluster(ctx);
    // What the config no longer wants, users before what they use: the registry lists the kinds
    // a kind uses before it.
    for (int i = kinds.size() - 1; i >= 0; i--) {
      kinds.get(i).prune(ctx);
    }
    Replacements.decide(ctx);
    new FieldAccounting(FieldLedger.builtIn()).account(ctx);
    return ctx.toPlan();
  }

  /**
   * What runs on a cluster this plan creates (every type listed after the cluster) waits for the
   * cluster: its kinds plan it as on any cluster, and the cluster's creation comes first; its node
   * groups wait for the VPC CNI add-on too.
   */
  private static void onNewCluster(PlanContext ctx) {
    ResourceAddress cluster = ResourceAddress.of(ResourceAddress.CLUSTER);
    boolean created =
        ctx.changes().stream()
            .anyMatch(c -> c.address().equals(cluster) && c.action() == Action.CREATE);
    if (!created) {
      return;
    }
    List<String> types = ResourceAddress.types();
    int at = types.indexOf(ResourceAddress.CLUSTER);
    ctx.follow(c -> c.isChange() && types.indexOf(c.address().type()) > at, cluster);
    // Nodes get their pods' addresses from the VPC CNI: as eksctl does, a new cluster's node
    // groups are made once the add-on is.
    ResourceAddress cni = ResourceAddress.of(ResourceAddress.ADDON, "vpc-cni");
    boolean cniCreated =
        ctx.changes().stream()
            .anyMatch(c -> c.address().equals(cni) && c.action() == Action.CREATE);
    if (cniCreated) {
      ctx.follow(c -> c.isChange() && c.address().type().equals(ResourceAddress.NODEGROUP), cni);
    }
  }
}

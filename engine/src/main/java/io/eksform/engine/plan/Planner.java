package io.eksform.engine.plan;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.ledger.FieldLedger;
import io.eksform.engine.live.LiveState;

/**
 * The planner: a pure function from what the config asks ({@link ClusterSpec}) and what exists
 * ({@link LiveState}) to a {@link Plan}. Same inputs, same plan. Every value of the config is
 * accounted for: acted on by a resource planner, or named in the plan as not acted on.
 */
public final class Planner {
  private Planner() {}

  public static Plan plan(ClusterSpec desired, LiveState live, PlanOptions options) {
    PlanContext ctx = new PlanContext(desired, live, options);
    ClusterPlanner.plan(ctx);
    OidcPlanner.plan(ctx);
    PodExecutionRolePlanner.plan(ctx);
    ServiceAccountPlanner.plan(ctx);
    FargatePlanner.plan(ctx);
    NodeGroupPlanner.plan(ctx);
    AddonPlanner.plan(ctx);
    // What the config no longer wants, users before what they use: service accounts, then their
    // namespaces, the roles of node groups and profiles, and the OIDC provider.
    ServiceAccountPruner.plan(ctx);
    NamespacePruner.plan(ctx);
    ManagedRolePruner.plan(ctx);
    OidcPruner.plan(ctx);
    Replacements.decide(ctx);
    new FieldAccounting(FieldLedger.builtIn()).account(ctx);
    return new Plan(
        Plan.FORMAT_VERSION,
        new PlanTarget(desired.name(), live.region(), live.accountId()),
        ctx.changes,
        live.fingerprints(),
        options.provenance(),
        ctx.problems,
        ctx.unmanaged.stream().sorted().toList(),
        ctx.notActedOn,
        ctx.adopted);
  }
}

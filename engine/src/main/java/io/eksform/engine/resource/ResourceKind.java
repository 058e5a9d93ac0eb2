package io.eksform.engine.resource;

import io.eksform.engine.apply.Step;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.Replacement;
import io.eksform.engine.plan.ResourceAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One kind of object eksform manages, with everything about it behind one interface: the address
 * types of its changes, how it is planned and pruned, how its replacements run, and the steps that
 * carry out its changes. The registry lists every kind; the planner and apply ask it.
 */
public interface ResourceKind {
  /** The address types of this kind's changes, as {@link ResourceAddress} names them. */
  List<String> types();

  /**
   * Adds to the plan what the config asks of this kind: each object created or compared with the
   * live one, and the live objects of this kind the config does not name.
   */
  void plan(PlanContext ctx);

  /**
   * Adds what eksform made of this kind that the config no longer wants: deleted with {@code
   * --prune} after what uses it, listed without. Runs once every kind has planned.
   */
  default void prune(PlanContext ctx) {}

  /**
   * Adds the deletion of everything of this kind the cluster owns (eksform or eksctl created it, as
   * its tags say), for a plan that destroys the cluster; anything else of this kind is left and
   * named. Runs in the reverse order of the registry, so users go before what they use.
   */
  default void destroy(PlanContext ctx) {}

  /**
   * How a replacement of one of this kind's changes is carried out, given the action the plan takes
   * for every address; empty (the default) when eksform cannot replace it, which the plan reports
   * as an error.
   */
  default Optional<Replacement> replacement(
      PlanContext ctx, Change change, Map<ResourceAddress, Action> actions) {
    return Optional.empty();
  }

  /** The steps that carry out one of this kind's changes, run in order. */
  List<Step> steps(Change change);
}

package io.eksform.engine.plan;

import java.util.Map;
import java.util.Optional;

/**
 * How a replacement is carried out for the kind of object it replaces, given the action this plan
 * takes for every address; empty when eksform cannot replace that kind.
 */
@FunctionalInterface
public interface Replacer {
  Optional<Replacement> replacement(
      PlanContext ctx, Change change, Map<ResourceAddress, Action> actions);
}

package io.eksform.engine.plan;

import java.util.List;
import java.util.Optional;

/**
 * How a replacement is carried out: the strategy the planner chose and why, and, for a Fargate
 * profile, the namespaces whose pods would briefly have no profile to schedule on (empty for
 * create-before-destroy; absent for objects that schedule no pods).
 */
public record Replacement(
    ReplaceStrategy strategy, String why, Optional<List<String>> namespacesLosingFargate) {
  public Replacement {
    namespacesLosingFargate = namespacesLosingFargate.map(n -> n.stream().sorted().toList());
  }

  /** A replacement of an object that schedules no pods. */
  public static Replacement of(ReplaceStrategy strategy, String why) {
    return new Replacement(strategy, why, Optional.empty());
  }
}

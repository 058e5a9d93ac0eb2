package io.eksform.engine.plan;

import java.util.Optional;

/**
 * How to plan: whether live objects that eksform or eksctl created and the config no longer names
 * are deleted ({@code --prune}), what the plan records about its inputs, and the replace strategy
 * asked for ({@code --replace-strategy}; empty: each object's default).
 */
public record PlanOptions(
    boolean prune, Provenance provenance, Optional<ReplaceStrategy> replaceStrategy) {
  public PlanOptions(boolean prune, Provenance provenance) {
    this(prune, provenance, Optional.empty());
  }

  public PlanOptions withReplaceStrategy(Optional<ReplaceStrategy> strategy) {
    return new PlanOptions(prune, provenance, strategy);
  }
}

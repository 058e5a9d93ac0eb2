package io.eksform.engine.plan;

import java.util.Optional;

/**
 * How to plan: whether live objects that eksform or eksctl created and the config no longer names
 * are deleted ({@code --prune}), what the plan records about its inputs, the replace strategy asked
 * for ({@code --replace-strategy}; empty: each object's default), whether a part of the config that
 * eksform does not manage yet is an error ({@code --strict}) rather than a note, and whether the
 * plan destroys the cluster and what the cluster owns ({@code --destroy}) instead.
 */
public record PlanOptions(
    boolean prune,
    Provenance provenance,
    Optional<ReplaceStrategy> replaceStrategy,
    boolean strict,
    boolean destroy) {
  public PlanOptions(boolean prune, Provenance provenance) {
    this(prune, provenance, Optional.empty(), false, false);
  }

  public PlanOptions(
      boolean prune, Provenance provenance, Optional<ReplaceStrategy> replaceStrategy) {
    this(prune, provenance, replaceStrategy, false, false);
  }

  public PlanOptions withReplaceStrategy(Optional<ReplaceStrategy> strategy) {
    return new PlanOptions(prune, provenance, strategy, strict, destroy);
  }

  public PlanOptions withStrict(boolean strict) {
    return new PlanOptions(prune, provenance, replaceStrategy, strict, destroy);
  }

  public PlanOptions withDestroy(boolean destroy) {
    return new PlanOptions(prune, provenance, replaceStrategy, strict, destroy);
  }
}

package io.eksform.engine.plan;

import java.util.Optional;

/**
 * How to plan: whether live objects that eksform or eksctl created and the config no longer names
 * are deleted ({@code --prune}), what the plan records about its inputs, the replace strategy asked
 * for ({@code --replace-strategy}; empty: each object's default), and whether a part of the config
 * that eksform does not manage yet is an error ({@code --strict}) rather than a note.
 */
public record PlanOptions(
    boolean prune,
    Provenance provenance,
    Optional<ReplaceStrategy> replaceStrategy,
    boolean strict) {
  public PlanOptions(boolean prune, Provenance provenance) {
    this(prune, provenance, Optional.empty(), false);
  }

  public PlanOptions(
      boolean prune, Provenance provenance, Optional<ReplaceStrategy> replaceStrategy) {
    this(prune, provenance, replaceStrategy, false);
  }

  public PlanOptions withReplaceStrategy(Optional<ReplaceStrategy> strategy) {
    return new PlanOptions(prune, provenance, strategy, strict);
  }

  public PlanOptions withStrict(boolean strict) {
    return new PlanOptions(prune, provenance, replaceStrategy, strict);
  }
}

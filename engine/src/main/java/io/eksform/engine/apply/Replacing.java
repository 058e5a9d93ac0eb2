package io.eksform.engine.apply;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.ReplaceStrategy;

/**
 * How apply carries out a replacement its plan recorded, for the kinds whose objects can exist
 * twice (Fargate profiles, node groups): which one goes first, and the name of the new one.
 */
public final class Replacing {
  private Replacing() {}

  /** True when the plan recorded destroy-before-create for this replacement. */
  public static boolean destroyFirst(Change change) {
    return change.replacement().orElseThrow().strategy() == ReplaceStrategy.DESTROY_BEFORE_CREATE;
  }

  /** The name of a create-before-destroy replacement: see {@link ManagedNames#standInName}. */
  public static String replacementName(String name, String liveName, Change change) {
    return ManagedNames.standInName(name, liveName, change.after().toString());
  }
}

package io.eksform.engine.lock;

import io.eksform.engine.problem.UserFacingException;

/** Another apply holds the cluster's lock: names the holder and how to remove a stuck lock. */
public final class LockHeldException extends UserFacingException {
  private static final long serialVersionUID = 1L;
  private final transient LockInfo holder;

  LockHeldException(String cluster, String table, String unlockFlags, LockInfo holder) {
    super(
        "cluster "
            + cluster
            + " is locked by another apply: "
            + holder.describe()
            + "; nothing was changed",
        "wait for that apply to finish and run again; if it crashed and the lock is stuck, remove"
            + " it with: eksform force-unlock "
            + holder.id()
            + " --lock-table "
            + table
            + unlockFlags,
        1,
        null);
    this.holder = holder;
  }

  /** The lock that is in the way. */
  public LockInfo holder() {
    return holder;
  }
}

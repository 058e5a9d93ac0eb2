package io.eksform.engine.lock;

/**
 * A cluster lock this process holds. Release it when the apply ends, also after a failure; a
 * crashed process leaves it in the table, which is what {@code eksform force-unlock} is for.
 */
public final class ApplyLock {
  private final LockTable table;
  private final LockInfo info;
  private boolean released;

  ApplyLock(LockTable table, LockInfo info) {
    this.table = table;
    this.info = info;
  }

  /** What the lock item records. */
  public LockInfo info() {
    return info;
  }

  /**
   * Removes the lock if it is still ours (a conditional delete on our lock ID) and says what
   * happened; releasing twice does nothing the second time.
   */
  public synchronized Release release() {
    if (released) {
      return Release.RELEASED;
    }
    LockTable.Removal removal = table.remove(info.key(), info.id());
    released = true;
    if (removal.removed().isPresent()) {
      return Release.RELEASED;
    }
    return removal.heldInstead().isPresent() ? Release.TAKEN_BY_ANOTHER : Release.ALREADY_GONE;
  }

  /** How a release ended. */
  public enum Release {
    /** The lock was removed. */
    RELEASED,
    /** No lock was there any more (someone force-unlocked it). */
    ALREADY_GONE,
    /** Another lock holds the cluster now (ours was force-unlocked and someone else took it). */
    TAKEN_BY_ANOTHER
  }
}

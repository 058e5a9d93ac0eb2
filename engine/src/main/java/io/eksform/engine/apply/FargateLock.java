package io.eksform.engine.apply;

import java.util.concurrent.locks.ReentrantLock;

/**
 * EKS lets one Fargate profile per cluster be CREATING or DELETING at a time, so creates and
 * deletes of one apply take this lock for the call and the wait that follows it.
 */
public final class FargateLock {
  private final ReentrantLock lock = new ReentrantLock(true);
  private volatile String holder = "";

  /**
   * Runs {@code work} under the lock; a step that has to wait for it says so first, naming the
   * change it waits for, so that its "creating..." is not read as work under way.
   */
  public void run(StepContext ctx, Runnable work) {
    if (!lock.tryLock()) {
      ctx.queued(
          "waiting for "
              + (holder.isEmpty() ? "another Fargate profile" : holder)
              + " to finish (EKS changes one Fargate profile of a cluster at a time)");
      lock.lock();
    }
    holder = ctx.address().toString();
    try {
      work.run();
    } finally {
      holder = "";
      lock.unlock();
    }
  }
}

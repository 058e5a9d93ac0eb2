package io.eksform.engine.apply;

import java.util.concurrent.locks.ReentrantLock;

/**
 * EKS lets one Fargate profile per cluster be CREATING or DELETING at a time, so creates and
 * deletes of one apply take this lock for the call and the wait that follows it.
 */
public final class FargateLock {
  private final ReentrantLock lock = new ReentrantLock(true);

  public void run(Runnable work) {
    lock.lock();
    try {
      work.run();
    } finally {
      lock.unlock();
    }
  }
}

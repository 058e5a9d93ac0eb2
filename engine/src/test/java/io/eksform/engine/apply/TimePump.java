package io.eksform.engine.apply;

import java.time.Duration;

/**
 * Moves a {@link ClockedSandbox}'s clock past every EKS transition it sees, up to a number of
 * times, then leaves it standing: what is CREATING or DELETING then stays so, as if everyone
 * stopped there. It looks every few milliseconds from its own thread once started.
 */
final class TimePump implements AutoCloseable {
  /** A budget that never runs out. */
  static final int UNLIMITED = Integer.MAX_VALUE;

  private final ClockedSandbox account;
  private final Thread thread;
  private volatile boolean stopped;
  private volatile long firstLookAfterMillis;
  private int budget;

  TimePump(ClockedSandbox account, int budget) {
    this.account = account;
    this.budget = budget;
    this.thread = new Thread(this::run, "time-pump");
    thread.setDaemon(true);
  }

  /**
   * Takes one look now, in the caller's thread: a transition already under way when an apply starts
   * then counts the same whichever thread is quicker.
   */
  TimePump lookNow() {
    step();
    return this;
  }

  /** Starts looking; calling it again does nothing. */
  void start() {
    start(Duration.ZERO);
  }

  /** Starts looking after {@code delay}; calling it again does nothing. */
  synchronized void start(Duration delay) {
    if (!thread.isAlive() && !stopped) {
      firstLookAfterMillis = delay.toMillis();
      thread.start();
    }
  }

  private synchronized void step() {
    if (budget > 0 && account.inTransition()) {
      account.timePasses();
      budget--;
    }
  }

  private void run() {
    try {
      Thread.sleep(firstLookAfterMillis);
      while (!stopped && budget > 0) {
        step();
        Thread.sleep(2);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      stopped = true;
    }
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package io.eksform.cli.apply;

import io.eksform.cli.common.UserError;
import io.eksform.cli.common.VersionProvider;
import io.eksform.engine.apply.PlanWork;
import io.eksform.engine.apply.StalePlan;
import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.lock.ApplyLock;
import io.eksform.engine.lock.LockTable;
import io.eksform.engine.plan.Plan;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The apply lock as the apply command uses it: taken in the lock table before the first change (or
 * only a warning without a table), the plan checked again under the lock, and released at the end,
 * also after a failure or when the process is stopped (Ctrl-C, SIGTERM). Only a process killed
 * outright leaves it behind, for {@code eksform force-unlock}.
 */
final class ApplyLocking implements AutoCloseable {
  private final Optional<ApplyLock> lock;
  private final String table;
  private final String unlockFlags;
  private final PrintWriter err;
  private final Optional<Thread> onStop;
  private boolean released;

  private ApplyLocking(
      Optional<ApplyLock> lock, String table, String unlockFlags, PrintWriter err) {
    this.lock = lock;
    this.table = table;
    this.unlockFlags = unlockFlags;
    this.err = err;
    this.onStop = lock.map(held -> new Thread(this::release, "eksform-lock-release"));
    onStop.ifPresent(Runtime.getRuntime()::addShutdownHook);
  }

  /**
   * Takes the lock of the plan's cluster in {@code table}; without a table, warns that none is
   * held. {@code unlockFlags} reach the same cluster in a force-unlock command.
   */
  static ApplyLocking take(
      String table,
      AwsClients clients,
      Plan plan,
      String operation,
      String unlockFlags,
      PrintWriter err) {
    String cluster = plan.target().cluster();
    if (table == null || table.isBlank()) {
      err.println(
          "eksform: warning: no lock is held (no --lock-table); make sure no other apply runs"
              + " against cluster "
              + cluster);
      err.flush();
      return new ApplyLocking(Optional.empty(), "", unlockFlags, err);
    }
    LockTable lockTable = new LockTable(clients.dynamoDb(), table, clients.target(), unlockFlags);
    ApplyLock lock =
        lockTable.acquire(plan.target().accountId(), cluster, operation, VersionProvider.version());
    err.println(
        "eksform: lock ID "
            + lock.info().id()
            + " taken on cluster "
            + cluster
            + " (table "
            + table
            + ")");
    err.flush();
    return new ApplyLocking(Optional.of(lock), table, unlockFlags, err);
  }

  /**
   * Refuses the plan unless a plan made now, under the lock, does the same work for the same
   * cluster and account (another apply may have finished in between); objects that only moved on (a
   * profile that became ACTIVE) do not refuse it. Without a lock there is nothing to compare under.
   */
  void requireCurrent(Plan plan, Supplier<Plan> fresh, String replanCommand) {
    if (lock.isEmpty()) {
      return;
    }
    Plan now = fresh.get();
    List<String> work = PlanWork.differences(plan, now);
    if (!work.isEmpty()) {
      List<String> changed = StalePlan.differences(plan, now);
      throw new UserError(
          "the plan is stale: before the lock was taken, "
              + (changed.isEmpty() ? PlanWork.describe(work) : String.join("; ", changed))
              + "; nothing was changed",
          "plan again: " + replanCommand,
          1);
    }
  }

  /** Releases the lock; a lock that is no longer ours is reported, never an error. */
  @Override
  public void close() {
    onStop.ifPresent(
        hook -> {
          try {
            Runtime.getRuntime().removeShutdownHook(hook);
          } catch (IllegalStateException e) {
            // The process is stopping: the hook releases the lock too, which finds it gone.
          }
        });
    release();
  }

  private synchronized void release() {
    if (lock.isEmpty() || released) {
      return;
    }
    released = true;
    String id = lock.get().info().id();
    try {
      switch (lock.get().release()) {
        case RELEASED -> err.println("eksform: lock ID " + id + " released");
        case ALREADY_GONE ->
            err.println(
                "eksform: warning: lock ID "
                    + id
                    + " was removed by someone else during the apply");
        case TAKEN_BY_ANOTHER ->
            err.println(
                "eksform: warning: lock ID "
                    + id
                    + " was removed during the apply and another apply holds the cluster now");
      }
    } catch (RuntimeException e) {
      err.println(
          "eksform: warning: could not release lock ID "
              + id
              + " ("
              + e.getMessage()
              + "); remove it with: eksform force-unlock "
              + id
              + " --lock-table "
              + table
              + unlockFlags);
    }
    err.flush();
  }
}

package io.eksform.engine.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.engine.problem.UserFacingException;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The apply lock against the sandbox's DynamoDB over HTTP with the real SDK client. */
class LockTableTest {
  static final String ACCOUNT = "123456789012";
  static final String CLUSTER = "eksworkshop-eksctl";
  static final String KEY = ACCOUNT + "/us-west-2/" + CLUSTER;

  Sandbox sandbox;
  AwsClients clients;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop"));
    clients = new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true));
  }

  @AfterEach
  void stop() {
    clients.close();
    sandbox.close();
  }

  LockTable table(String name) {
    return new LockTable(clients.dynamoDb(), name, clients.target(), " --sandbox");
  }

  ApplyLock acquire(LockTable table) {
    return table.acquire(ACCOUNT, CLUSTER, "apply -f clusterconfig.yaml", "1.2.3");
  }

  @Test
  void aLockRecordsItsHolderAndIsGoneAfterRelease() {
    LockTable table = table("eksform-locks");
    ApplyLock lock = acquire(table);
    LockInfo held = table.current(KEY).orElseThrow();
    assertEquals(lock.info(), held);
    assertEquals(KEY, held.key());
    assertTrue(
        held.holder().contains("(pid " + ProcessHandle.current().pid() + ")"), held.holder());
    assertTrue(held.holder().startsWith(System.getProperty("user.name") + "@"), held.holder());
    assertEquals("apply -f clusterconfig.yaml", held.operation());
    assertEquals("1.2.3", held.version());
    assertEquals(36, held.id().length(), "a UUID");

    assertEquals(ApplyLock.Release.RELEASED, lock.release());
    assertEquals(Optional.empty(), table.current(KEY));
    assertEquals(ApplyLock.Release.RELEASED, lock.release(), "a second release does nothing");
    acquire(table).release();
  }

  @Test
  void aSecondAcquireWhileLockedNamesTheHolderAndTheForceUnlockCommand() {
    LockTable table = table("eksform-locks");
    ApplyLock first = acquire(table);
    LockHeldException e = assertThrows(LockHeldException.class, () -> acquire(table));
    assertEquals(first.info(), e.holder());
    assertTrue(e.getMessage().contains("cluster " + CLUSTER + " is locked"), e.getMessage());
    assertTrue(e.getMessage().contains(first.info().id()), e.getMessage());
    assertTrue(e.getMessage().contains(first.info().holder()), e.getMessage());
    assertTrue(e.getMessage().contains(first.info().created().toString()), e.getMessage());
    assertEquals(
        "wait for that apply to finish and run again; if it crashed and the lock is stuck, remove"
            + " it with: eksform force-unlock "
            + first.info().id()
            + " --lock-table eksform-locks --sandbox",
        e.hint());
    assertEquals(1, e.exitCode());
    assertEquals(first.info(), table.current(KEY).orElseThrow(), "the holder keeps its lock");
  }

  @Test
  void locksOfOtherClustersAreIndependent() {
    LockTable table = table("eksform-locks");
    acquire(table);
    ApplyLock other = table.acquire(ACCOUNT, "another-cluster", "apply", "1.2.3");
    assertEquals(ACCOUNT + "/us-west-2/another-cluster", other.info().key());
  }

  @Test
  void removingWithTheWrongIdNamesTheLockThatHoldsTheCluster() {
    LockTable table = table("eksform-locks");
    ApplyLock lock = acquire(table);
    LockTable.Removal wrong = table.remove(KEY, "not-the-id");
    assertEquals(Optional.empty(), wrong.removed());
    assertEquals(Optional.of(lock.info()), wrong.heldInstead());

    LockTable.Removal right = table.remove(KEY, lock.info().id());
    assertEquals(Optional.of(lock.info()), right.removed());
    LockTable.Removal none = table.remove(KEY, lock.info().id());
    assertEquals(new LockTable.Removal(Optional.empty(), Optional.empty()), none);
  }

  @Test
  void releasingAForceUnlockedLockSaysWhatHappened() {
    LockTable table = table("eksform-locks");
    ApplyLock crashed = acquire(table);
    table.remove(KEY, crashed.info().id());
    ApplyLock next = acquire(table);
    assertEquals(ApplyLock.Release.TAKEN_BY_ANOTHER, crashed.release());
    assertEquals(next.info(), table.current(KEY).orElseThrow(), "the new holder keeps its lock");
    table.remove(KEY, next.info().id());
    assertEquals(ApplyLock.Release.ALREADY_GONE, next.release());
  }

  @Test
  void aMissingTableSaysHowToCreateIt() {
    UserFacingException e =
        assertThrows(UserFacingException.class, () -> acquire(table("no-such-locks")));
    assertTrue(
        e.getMessage()
            .startsWith("the lock table no-such-locks does not exist in region us-west-2"),
        e.getMessage());
    assertTrue(
        e.hint()
            .contains(
                "aws dynamodb create-table --table-name no-such-locks"
                    + " --attribute-definitions AttributeName=LockID,AttributeType=S"
                    + " --key-schema AttributeName=LockID,KeyType=HASH"),
        e.hint());
  }

  @RepeatedTest(10)
  void ofThreadsRacingForOneClusterExactlyOneWins() throws Exception {
    LockTable table = table("eksform-locks");
    int racers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Optional<ApplyLock>>> results = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        Callable<Optional<ApplyLock>> racer =
            () -> {
              go.await();
              try {
                return Optional.of(acquire(table));
              } catch (LockHeldException e) {
                return Optional.empty();
              }
            };
        results.add(pool.submit(racer));
      }
      go.countDown();
      List<ApplyLock> winners = new ArrayList<>();
      for (Future<Optional<ApplyLock>> f : results) {
        f.get().ifPresent(winners::add);
      }
      assertEquals(1, winners.size(), "exactly one racer holds the lock");
      assertEquals(winners.get(0).info(), table.current(KEY).orElseThrow());
      assertEquals(ApplyLock.Release.RELEASED, winners.get(0).release());
    } finally {
      pool.shutdownNow();
    }
  }
}

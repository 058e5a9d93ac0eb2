package io.eksform.sandbox;

import io.eksform.sandbox.dynamodb.DynamoDbTables;
import io.eksform.sandbox.http.AccountGuard;
import io.eksform.sandbox.http.Operation;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.kubernetes.KubernetesStore;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Lifecycle;
import io.eksform.sandbox.state.StateFile;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Serializes every operation on the account (one monitor: calls are microseconds, so a single lock
 * keeps the rules simple and still serves thousands of calls a second), settles lifecycles first
 * and writes the state file after each change.
 */
final class LockedAccount implements AccountGuard {
  private final Account account;
  private final Lifecycle lifecycle;
  private final KubernetesStore kubernetes;
  private final DynamoDbTables tables;
  private final Optional<Path> stateFile;

  LockedAccount(
      Account account,
      Lifecycle lifecycle,
      KubernetesStore kubernetes,
      DynamoDbTables tables,
      Optional<Path> stateFile) {
    this.account = account;
    this.lifecycle = lifecycle;
    this.kubernetes = kubernetes;
    this.tables = tables;
    this.stateFile = stateFile;
  }

  @Override
  public Reply run(Operation operation) {
    synchronized (account) {
      lifecycle.settle(account);
      Reply reply = operation.call().run();
      if (operation.mutating()) {
        save();
      }
      return reply;
    }
  }

  /** Writes the state file (when there is one). */
  void save() {
    synchronized (account) {
      stateFile.ifPresent(
          file -> StateFile.save(account, kubernetes.toJson(), tables.toJson(), file));
    }
  }
}

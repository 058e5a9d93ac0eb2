package io.eksform.sandbox.http;

/**
 * Runs an operation with exclusive access to the account, brings lazy lifecycles up to date first
 * and persists the account after a mutating call.
 */
public interface AccountGuard {

  /** Runs {@code operation} under the account lock. */
  Reply run(Operation operation);
}

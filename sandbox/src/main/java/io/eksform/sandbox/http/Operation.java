package io.eksform.sandbox.http;

/**
 * A resolved AWS operation: its name (as the service model spells it), whether it changes state (so
 * the state file must be written after it), and the call that produces the reply.
 */
public record Operation(String name, boolean mutating, Call call) {

  /** The work of an operation, run while the account is locked. */
  @FunctionalInterface
  public interface Call {
    /** Runs the operation; throws {@link AwsError} for a modeled error. */
    Reply run();
  }

  /** An operation that only reads. */
  public static Operation read(String name, Call call) {
    return new Operation(name, false, call);
  }

  /** An operation that changes the account. */
  public static Operation write(String name, Call call) {
    return new Operation(name, true, call);
  }
}

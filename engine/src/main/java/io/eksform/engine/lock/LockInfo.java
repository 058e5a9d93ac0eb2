package io.eksform.engine.lock;

import java.time.Instant;

/**
 * One lock as its item records it: the cluster key ({@code <account>/<region>/<cluster>}), the lock
 * ID (a UUID), who holds it ({@code user@host (pid N)}), the operation, when it was taken and the
 * eksform version that took it.
 */
public record LockInfo(
    String key, String id, String holder, String operation, Instant created, String version) {

  /** One line for messages: {@code ID ... held by ... since ... (operation, eksform version)}. */
  public String describe() {
    return "lock ID "
        + id
        + " held by "
        + holder
        + " since "
        + created
        + " ("
        + operation
        + ", eksform "
        + version
        + ")";
  }

  /** The lock key of a cluster. */
  public static String keyOf(String accountId, String region, String cluster) {
    return accountId + "/" + region + "/" + cluster;
  }
}

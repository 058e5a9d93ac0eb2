package io.eksform.sandbox.state;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Generates identifiers in the shapes AWS uses (hex resource ids, UUIDs, IAM unique ids). */
public final class Ids {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final char[] UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

  private Ids() {}

  /** An EC2-style id such as {@code subnet-0123456789abcdef0}. */
  public static String ec2(String prefix) {
    return prefix + "-0" + hex(16);
  }

  /** Lower-case hex characters. */
  public static String hex(int length) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = HEX[random.nextInt(16)];
    }
    return new String(out);
  }

  /** A random UUID. */
  public static String uuid() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
    long lo = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(hi, lo).toString();
  }

  /** An IAM unique id such as {@code AROA} plus 17 upper-case characters. */
  public static String iam(String prefix) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder out = new StringBuilder(prefix);
    for (int i = 0; i < 17; i++) {
      out.append(UPPER_ALNUM[random.nextInt(UPPER_ALNUM.length)]);
    }
    return out.toString();
  }

  /** A cluster's OIDC issuer id: 32 upper-case hex characters. */
  public static String issuerId() {
    return hex(32).toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * An EC2-style id derived from a name, the same on every run, so that a scenario seeds the same
   * ids each time.
   */
  public static String derived(String prefix, String name) {
    String hex =
        UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toString()
            .replace("-", "");
    return prefix + "-0" + hex.substring(0, 16);
  }

  /** A UUID derived from a name, the same on every run. */
  public static String derivedUuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .toString();
  }

  /** An IAM unique id derived from a name, the same on every run. */
  public static String derivedIam(String prefix, String name) {
    String hex =
        UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toString()
            .replace("-", "")
            .toUpperCase(java.util.Locale.ROOT);
    return prefix + hex.substring(0, 17);
  }
}

package io.eksform.sandbox.http;

import java.util.Map;
import java.util.Optional;

/**
 * The access keys of the sandbox's account: every AWS call must be signed (SigV4) with one of them,
 * as AWS requires of its own keys, so that a web page cannot drive the sandbox with a form post.
 * The secret is public, like the sandbox's TLS key: it protects a loopback test account from
 * browsers, not from its user.
 */
public final class SandboxKeys {
  /** The access key id clients sign with ({@code AWS_ACCESS_KEY_ID}). */
  public static final String ACCESS_KEY_ID = "AKIASANDBOXEXAMPLE01";

  /** Its secret ({@code AWS_SECRET_ACCESS_KEY}). */
  public static final String SECRET_ACCESS_KEY = "eksform-sandbox-secret-access-key";

  private static final Map<String, String> SECRETS = Map.of(ACCESS_KEY_ID, SECRET_ACCESS_KEY);

  private SandboxKeys() {}

  /** The secret of an access key id of the account; empty for any other id. */
  public static Optional<String> secretOf(String accessKeyId) {
    return Optional.ofNullable(SECRETS.get(accessKeyId));
  }
}

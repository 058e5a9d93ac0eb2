package io.eksform.engine.planfile;

import io.eksform.engine.problem.UserFacingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that signs saved plans (HMAC-SHA256), from {@code EKSFORM_PLAN_KEY}: a plan made with
 * it carries a signature, and an apply that has it refuses a plan whose signature is missing or
 * does not match, so a plan that crosses CI jobs as an artifact is applied as it was reviewed.
 */
public final class PlanKey {
  /** The environment variable that holds the key. */
  public static final String VARIABLE = "EKSFORM_PLAN_KEY";

  /** Fewer characters than this make a key that can be guessed. */
  static final int MIN_LENGTH = 32;

  private static final String ALGORITHM = "HmacSHA256";

  private final byte[] secret;

  private PlanKey(byte[] secret) {
    this.secret = secret.clone();
  }

  /** The key the environment holds, if any; one that is too short is an error, never ignored. */
  public static Optional<PlanKey> fromEnvironment(Map<String, String> env) {
    String value = env.get(VARIABLE);
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    if (value.length() < MIN_LENGTH) {
      throw new UserFacingException(
          VARIABLE + " is too short to sign plans (" + value.length() + " characters)",
          "use a random secret of at least "
              + MIN_LENGTH
              + " characters, for example: openssl rand -hex 32");
    }
    return Optional.of(new PlanKey(value.getBytes(StandardCharsets.UTF_8)));
  }

  /** The HMAC-SHA256 of {@code text}, in lower-case hex. */
  String sign(String text) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret, ALGORITHM));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
    }
  }
}

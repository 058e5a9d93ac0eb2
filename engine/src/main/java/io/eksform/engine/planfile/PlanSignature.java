package io.eksform.engine.planfile;

import io.eksform.engine.problem.UserFacingException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The signature of a saved plan: the last member of its JSON object, {@code "signature":
 * "hmac-sha256:HEX"}, over every byte of the file before it. Anything that changes a byte (an edit,
 * a reformat) breaks it.
 */
final class PlanSignature {
  static final String FIELD = "signature";
  private static final String PREFIX = "hmac-sha256:";
  private static final String END = "\n}\n";

  private PlanSignature() {}

  /** {@code text} (a plan as {@link PlanJsonText} writes it) with its signature added. */
  static String sign(String text, PlanKey key) {
    if (!text.endsWith(END)) {
      throw new IllegalStateException("a plan's JSON text ends with a closing brace");
    }
    String body = text.substring(0, text.length() - END.length());
    return body + suffix(PREFIX + key.sign(body));
  }

  /**
   * Checks the signature of a plan file's text: with a key, it must be there and match; without
   * one, a signature is only noted, since nothing can check it.
   */
  static void check(
      String text, JsonNode root, Optional<PlanKey> key, String file, PrintWriter err) {
    JsonNode signature = root.path(FIELD);
    if (key.isEmpty()) {
      if (!signature.isMissingNode()) {
        err.println(
            "eksform: warning: the plan "
                + file
                + " is signed, but "
                + PlanKey.VARIABLE
                + " is not set: its signature is not checked");
        err.flush();
      }
      return;
    }
    if (!signature.isString() || !signature.asString().startsWith(PREFIX)) {
      throw new UserFacingException(
          "the plan "
              + file
              + " is not signed, but "
              + PlanKey.VARIABLE
              + " is set; nothing was changed",
          "make the plan with the same "
              + PlanKey.VARIABLE
              + " set: eksform plan -f CONFIG --out "
              + file);
    }
    String suffix = suffix(signature.asString());
    boolean matches = false;
    if (text.endsWith(suffix)) {
      String body = text.substring(0, text.length() - suffix.length());
      byte[] expected = (PREFIX + key.get().sign(body)).getBytes(StandardCharsets.UTF_8);
      matches =
          MessageDigest.isEqual(expected, signature.asString().getBytes(StandardCharsets.UTF_8));
    }
    if (!matches) {
      throw new UserFacingException(
          "the plan "
              + file
              + " does not match its signature: it was changed after it was made, or signed with"
              + " another "
              + PlanKey.VARIABLE
              + "; nothing was changed",
          "make a new plan with eksform plan -f CONFIG --out " + file + " and apply that file");
    }
  }

  private static String suffix(String signature) {
    return ",\n  \"" + FIELD + "\": \"" + signature + "\"" + END;
  }
}

package io.eksform.rego.builtins;

import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Digests and HMACs of strings as lowercase hex ({@code crypto.md5}, {@code crypto.sha1}, {@code
 * crypto.sha256}, {@code crypto.hmac.*}) and {@code crypto.hmac.equal}, a constant-time compare.
 */
final class HashBuiltins {
  private HashBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("crypto.md5", 1, (c, a) -> digest("crypto.md5", "MD5", a));
    r.add("crypto.sha1", 1, (c, a) -> digest("crypto.sha1", "SHA-1", a));
    r.add("crypto.sha256", 1, (c, a) -> digest("crypto.sha256", "SHA-256", a));
    r.add("crypto.hmac.md5", 2, (c, a) -> hmac("crypto.hmac.md5", "HmacMD5", a));
    r.add("crypto.hmac.sha1", 2, (c, a) -> hmac("crypto.hmac.sha1", "HmacSHA1", a));
    r.add("crypto.hmac.sha256", 2, (c, a) -> hmac("crypto.hmac.sha256", "HmacSHA256", a));
    r.add("crypto.hmac.sha512", 2, (c, a) -> hmac("crypto.hmac.sha512", "HmacSHA512", a));
    r.add("crypto.hmac.equal", 2, HashBuiltins::equal);
  }

  private static Value digest(String name, String algorithm, List<Value> a)
      throws BuiltinException {
    byte[] in = Operands.string(name, a, 1).getBytes(StandardCharsets.UTF_8);
    try {
      return StringValue.of(
          HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(in)));
    } catch (GeneralSecurityException e) {
      throw BuiltinException.builtin(name, e.getMessage());
    }
  }

  private static Value hmac(String name, String algorithm, List<Value> a) throws BuiltinException {
    byte[] message = Operands.string(name, a, 1).getBytes(StandardCharsets.UTF_8);
    byte[] key = Operands.string(name, a, 2).getBytes(StandardCharsets.UTF_8);
    try {
      Mac mac = Mac.getInstance(algorithm);
      // an empty key is legal for HMAC but refused by SecretKeySpec: one zero byte is equivalent
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
      return StringValue.of(HexFormat.of().formatHex(mac.doFinal(message)));
    } catch (GeneralSecurityException e) {
      throw BuiltinException.builtin(name, e.getMessage());
    }
  }

  private static Value equal(BuiltinContext c, List<Value> a) throws BuiltinException {
    byte[] x = Operands.string("crypto.hmac.equal", a, 1).getBytes(StandardCharsets.UTF_8);
    byte[] y = Operands.string("crypto.hmac.equal", a, 2).getBytes(StandardCharsets.UTF_8);
    return BooleanValue.of(MessageDigest.isEqual(x, y));
  }
}

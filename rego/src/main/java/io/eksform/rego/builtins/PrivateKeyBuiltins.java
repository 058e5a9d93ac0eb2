package io.eksform.rego.builtins;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.NullValue;
import io.eksform.rego.value.Value;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;

/** {@code crypto.x509.parse_rsa_private_key} (a JWK) and {@code crypto.parse_private_keys}. */
final class PrivateKeyBuiltins {
  private PrivateKeyBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("crypto.x509.parse_rsa_private_key", 1, PrivateKeyBuiltins::parseRsaPrivateKey);
    r.add("crypto.parse_private_keys", 1, PrivateKeyBuiltins::parsePrivateKeys);
  }

  private static Value parseRsaPrivateKey(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "crypto.x509.parse_rsa_private_key";
    String pem = Operands.string(name, a, 1);
    if (pem.isEmpty()) {
      throw BuiltinException.builtin(name, "input PEM data was empty");
    }
    if (!pem.startsWith("-----BEGIN")) {
      pem = new String(X509Builtins.base64(name, pem), StandardCharsets.ISO_8859_1);
    }
    try {
      List<PrivateKey> keys = PrivateKeys.fromPem(pem);
      return keys.isEmpty() ? NullValue.INSTANCE : PrivateKeys.jwk(keys.get(0));
    } catch (GeneralSecurityException e) {
      throw BuiltinException.builtin(name, e.getMessage());
    }
  }

  private static Value parsePrivateKeys(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "crypto.parse_private_keys";
    String pem = Operands.string(name, a, 1);
    if (pem.isEmpty()) {
      return NullValue.INSTANCE;
    }
    try {
      List<Value> out = new ArrayList<>();
      for (PrivateKey k : PrivateKeys.fromPem(pem)) {
        out.add(PrivateKeys.goStruct(k));
      }
      return new ArrayValue(out);
    } catch (GeneralSecurityException e) {
      throw BuiltinException.builtin(name, e.getMessage());
    }
  }
}

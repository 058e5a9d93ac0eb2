package io.eksform.rego.builtins;

import io.eksform.rego.builtins.JwkKeys.Key;
import io.eksform.rego.builtins.JwtToken.JwtException;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The {@code io.jwt.*} built-ins but {@code decode_verify}: decoding, signature checks with a fixed
 * algorithm, and signing with a JWK.
 */
final class JwtBuiltins {
  private JwtBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("io.jwt.decode", 1, (c, a) -> decode(Operands.string("io.jwt.decode", a, 1)));
    for (String alg :
        List.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512")) {
      String name = "io.jwt.verify_" + alg.toLowerCase(java.util.Locale.ROOT);
      r.add(name, 2, (c, a) -> verifyAsymmetric(name, alg, a));
    }
    r.add("io.jwt.verify_eddsa", 2, (c, a) -> verifyAsymmetric("io.jwt.verify_eddsa", "EdDSA", a));
    for (String alg : List.of("HS256", "HS384", "HS512")) {
      String name = "io.jwt.verify_" + alg.toLowerCase(java.util.Locale.ROOT);
      r.add(name, 2, (c, a) -> verifyHmac(name, alg, a));
    }
    r.add("io.jwt.encode_sign", 3, JwtBuiltins::encodeSign);
    r.add("io.jwt.encode_sign_raw", 3, JwtBuiltins::encodeSignRaw);
    JwtDecodeVerify.register(r);
  }

  private static Value decode(String encoded) throws BuiltinException {
    try {
      return decoded(encoded);
    } catch (JwtException e) {
      throw BuiltinException.builtin("io.jwt.decode", e.getMessage());
    }
  }

  private static Value decoded(String encoded) throws JwtException {
    JwtToken token = JwtToken.split(encoded);
    ObjectValue header = token.decodedHeader();
    String payload = token.decodedPayload();
    if (header.get("cty") instanceof StringValue cty && cty.value().equals("JWT")) {
      // a nested token is often written as a quoted JSON string: the quotes are not part of it
      return decoded(trimQuotes(payload));
    }
    ObjectValue claims = JwtToken.jsonObject(payload);
    byte[] signature;
    try {
      signature = token.decodedSignature();
    } catch (JwtException e) {
      throw new JwtException("JWT signature had invalid encoding: " + e.getMessage());
    }
    return ArrayValue.of(header, claims, StringValue.of(HexFormat.of().formatHex(signature)));
  }

  private static String trimQuotes(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && (s.charAt(from) == '"' || s.charAt(from) == '\'')) {
      from++;
    }
    while (to > from && (s.charAt(to - 1) == '"' || s.charAt(to - 1) == '\'')) {
      to--;
    }
    return s.substring(from, to);
  }

  private static Value verifyAsymmetric(String name, String alg, List<Value> a)
      throws BuiltinException {
    try {
      JwtToken token = JwtToken.split(Operands.string(name, a, 1));
      List<Key> keys = JwkKeys.fromCertOrJwk(Operands.string(name, a, 2));
      byte[] signature = token.decodedSignature();
      JoseHeader header = JoseHeader.parse(token.decodedHeader());
      byte[] input = token.signingInput();
      if (!header.kid().isEmpty()) {
        for (Key k : keys) {
          if (k.kid().equals(header.kid())) {
            return BooleanValue.of(JwsAlgorithms.verify(alg, k, input, signature));
          }
        }
      }
      for (Key k : keys) {
        if ((k.alg().isEmpty() || k.alg().equals(header.alg()))
            && JwsAlgorithms.verify(alg, k, input, signature)) {
          return BooleanValue.TRUE;
        }
      }
      return BooleanValue.FALSE;
    } catch (JwtException e) {
      throw BuiltinException.builtin(name, e.getMessage());
    }
  }

  private static Value verifyHmac(String name, String alg, List<Value> a) throws BuiltinException {
    String jwt = Operands.string(name, a, 1);
    String secret = Operands.string(name, a, 2);
    try {
      JwtToken token = JwtToken.split(jwt);
      Key key = new Key(null, null, secret.getBytes(StandardCharsets.UTF_8), "", "");
      return BooleanValue.of(
          JwsAlgorithms.verify(alg, key, token.signingInput(), token.decodedSignature()));
    } catch (JwtException e) {
      throw BuiltinException.builtin(name, e.getMessage());
    }
  }

  private static Value encodeSign(BuiltinContext c, List<Value> a) throws BuiltinException {
    return sign(
        "io.jwt.encode_sign",
        GoJson.compact(a.get(0)),
        GoJson.compact(a.get(1)),
        GoJson.compact(a.get(2)));
  }

  private static Value encodeSignRaw(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "io.jwt.encode_sign_raw";
    String jwk = Operands.string(name, a, 3);
    return sign(name, Operands.string(name, a, 1), Operands.string(name, a, 2), jwk);
  }

  private static Value sign(String name, String headers, String payload, String jwk)
      throws BuiltinException {
    try {
      List<Key> keys = JwkKeys.jwkSet(jwk);
      if (keys.isEmpty()) {
        throw new JwtException("no keys found in JWK set");
      }
      String alg = algHeader(headers);
      if (!JwkKeys.ALGORITHMS.contains(alg)) {
        throw new JwtException("unknown JWS algorithm: " + alg);
      }
      String typ = stringHeader(headers, "typ");
      if ((typ == null || typ.equals("JWT")) && GoJsonSyntax.unmarshalError(payload) != null) {
        throw new JwtException("type is JWT but payload is not JSON");
      }
      Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
      String input =
          b64.encodeToString(headers.getBytes(StandardCharsets.UTF_8))
              + "."
              + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
      byte[] signature =
          JwsAlgorithms.sign(alg, keys.get(0), input.getBytes(StandardCharsets.UTF_8));
      return StringValue.of(input + "." + b64.encodeToString(signature));
    } catch (JwtException e) {
      throw BuiltinException.builtin(name, e.getMessage());
    } catch (GeneralSecurityException e) {
      throw BuiltinException.builtin(name, "failed to sign: " + e.getMessage());
    }
  }

  /** The header's {@code alg}, with the messages OPA gives for a header it cannot read. */
  private static String algHeader(String headers) throws JwtException {
    String prefix = "missing or invalid 'alg' header: ";
    if (headers.isBlank()) {
      throw new JwtException(prefix + "cannot parse JSON: cannot parse empty string");
    }
    if (headers.strip().startsWith("{") && GoJsonSyntax.unmarshalError(headers) != null) {
      throw new JwtException(prefix + "cannot parse JSON");
    }
    String alg = stringHeader(headers, "alg");
    if (alg == null) {
      throw new JwtException(prefix + "jwsbb: header \"alg\" not found");
    }
    return alg;
  }

  /** A string member of the JSON header text, or null when it is not there or not JSON. */
  private static String stringHeader(String headers, String member) {
    try {
      return JwtToken.jsonObject(headers).get(member) instanceof StringValue s ? s.value() : null;
    } catch (JwtException e) {
      return null;
    }
  }
}

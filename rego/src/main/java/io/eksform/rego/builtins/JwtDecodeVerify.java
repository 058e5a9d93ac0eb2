package io.eksform.rego.builtins;

import io.eksform.rego.builtins.JwkKeys.Key;
import io.eksform.rego.builtins.JwtToken.JwtException;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code io.jwt.decode_verify}: checks a token's signature against the constraints' keys, then its
 * issuer, audience, expiry and not-before claims, following nested tokens (RFC 7519 7.2).
 */
final class JwtDecodeVerify {
  private static final String NAME = "io.jwt.decode_verify";
  private static final Value UNVERIFIED =
      ArrayValue.of(BooleanValue.FALSE, ObjectValue.EMPTY, ObjectValue.EMPTY);

  private JwtDecodeVerify() {}

  static void register(BuiltinRegistry r) {
    r.add(NAME, 2, JwtDecodeVerify::decodeVerify);
  }

  /** The constraints object, read: keys or a secret, and the claims' expected values. */
  private record Constraints(
      List<Key> keys, String secret, String alg, String iss, String aud, double time) {}

  private static Value decodeVerify(BuiltinContext c, List<Value> a) throws BuiltinException {
    ObjectValue given = Operands.object(NAME, a, 2);
    try {
      Constraints k = constraints(given, c.now());
      return verified(Operands.string(NAME, a, 1), k);
    } catch (JwtException e) {
      throw BuiltinException.builtin(NAME, e.getMessage());
    }
  }

  private static Value verified(String encoded, Constraints k)
      throws JwtException, BuiltinException {
    JwtToken token;
    String text;
    while (true) {
      token = JwtToken.split(encoded);
      JoseHeader header = JoseHeader.parse(token.decodedHeader());
      if (!header.valid() || (!k.alg().isEmpty() && !k.alg().equals(header.alg()))) {
        return UNVERIFIED;
      }
      if (!signed(k, header, token.signingInput(), token.decodedSignature())) {
        return UNVERIFIED;
      }
      text = token.decodedPayload();
      if (!header.cty().equalsIgnoreCase("JWT")) {
        break;
      }
      encoded = text;
    }
    ObjectValue payload = JwtToken.jsonObject(text);
    ObjectValue header = token.decodedHeader();
    if (!k.iss().isEmpty()
        && !(payload.get("iss") instanceof StringValue iss && iss.value().equals(k.iss()))) {
      return UNVERIFIED;
    }
    Value aud = payload.get("aud");
    if (aud != null ? !audience(aud, k.aud()) : !k.aud().isEmpty()) {
      return UNVERIFIED;
    }
    BigDecimal now = BigDecimal.valueOf(k.time() / 1e9);
    Value exp = payload.get("exp");
    if (exp != null) {
      if (!(exp instanceof NumberValue n)) {
        throw new JwtException("exp value must be a number");
      }
      if (now.compareTo(n.value()) >= 0) {
        return UNVERIFIED;
      }
    }
    Value nbf = payload.get("nbf");
    if (nbf != null) {
      if (!(nbf instanceof NumberValue n)) {
        throw new JwtException("nbf value must be a number");
      }
      if (now.compareTo(n.value()) < 0) {
        return UNVERIFIED;
      }
    }
    return ArrayValue.of(BooleanValue.TRUE, header, payload);
  }

  /** Whether one trusted key (the one named by the header's kid, if any) signed the token. */
  private static boolean signed(Constraints k, JoseHeader h, byte[] input, byte[] signature) {
    if (k.keys() == null) {
      Key secret = new Key(null, null, k.secret().getBytes(StandardCharsets.UTF_8), "", "");
      return JwsAlgorithms.verify(h.alg(), secret, input, signature);
    }
    if (!h.kid().isEmpty()) {
      for (Key key : k.keys()) {
        if (key.kid().equals(h.kid())) {
          return JwsAlgorithms.verify(h.alg(), key, input, signature);
        }
      }
    }
    for (Key key : k.keys()) {
      if ((key.alg().isEmpty() || key.alg().equals(h.alg()))
          && JwsAlgorithms.verify(h.alg(), key, input, signature)) {
        return true;
      }
    }
    return false;
  }

  private static boolean audience(Value aud, String expected) {
    if (aud instanceof StringValue s) {
      return s.value().equals(expected);
    }
    if (aud instanceof ArrayValue a) {
      return a.elements().stream()
          .anyMatch(e -> e instanceof StringValue s && s.value().equals(expected));
    }
    return false;
  }

  private static Constraints constraints(ObjectValue o, Instant now) throws JwtException {
    List<Key> keys = null;
    String secret = "";
    String alg = "";
    String iss = "";
    String aud = "";
    double time = -1;
    for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
      String name = e.getKey() instanceof StringValue s ? s.value() : e.getKey().toString();
      Value v = e.getValue();
      switch (name) {
        case "cert" -> {
          if (!(v instanceof StringValue s)) {
            throw new JwtException("cert constraint: must be a string");
          }
          keys = JwkKeys.fromCertOrJwk(s.value());
        }
        case "secret" -> secret = text(name, v);
        case "alg" -> alg = text(name, v);
        case "iss" -> iss = text(name, v);
        case "aud" -> aud = text(name, v);
        case "time" -> time = time(v);
        default -> throw new JwtException("unknown token validation constraint: " + name);
      }
    }
    if (time == -1) {
      time = now.getEpochSecond() * 1e9 + now.getNano();
    }
    int count = (keys != null ? 1 : 0) + (secret.isEmpty() ? 0 : 1);
    if (count > 1) {
      throw new JwtException("duplicate key constraints");
    }
    if (count < 1) {
      throw new JwtException("no key constraint");
    }
    return new Constraints(keys, secret, alg, iss, aud, time);
  }

  private static double time(Value v) throws JwtException {
    if (!(v instanceof NumberValue n)) {
      throw new JwtException("token time constraint: must be a number");
    }
    double t = n.value().doubleValue();
    if (t < 0) {
      throw new JwtException("token time constraint: must not be negative");
    }
    return t;
  }

  private static String text(String name, Value v) throws JwtException {
    if (!(v instanceof StringValue s)) {
      throw new JwtException(name + " constraint: must be a string");
    }
    return s.value();
  }
}

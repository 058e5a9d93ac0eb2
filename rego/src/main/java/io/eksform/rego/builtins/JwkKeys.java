package io.eksform.rego.builtins;

import io.eksform.rego.builtins.JwtToken.JwtException;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPrivateKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Keys for the token built-ins: a PEM certificate or public key, or a JWK / JWK set (RSA, EC,
 * symmetric and Ed25519 keys), read with the JDK's own key factories.
 */
final class JwkKeys {
  /** The algorithms a token may be signed with; a JWK naming another one is skipped. */
  static final Set<String> ALGORITHMS =
      Set.of(
          "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "HS256",
          "HS384", "HS512", "EdDSA");

  // DER prefixes that turn a raw 32-byte Ed25519 key into X.509 and PKCS#8 encodings
  private static final byte[] ED25519_PUBLIC = HexFormat.of().parseHex("302a300506032b6570032100");
  private static final byte[] ED25519_PRIVATE =
      HexFormat.of().parseHex("302e020100300506032b657004220420");

  /** One key: a public key (or a secret for HMAC), the private key when known, alg and kid. */
  record Key(PublicKey publicKey, PrivateKey privateKey, byte[] secret, String alg, String kid) {}

  private JwkKeys() {}

  /**
   * The keys of a certificate, public key or JWK (set); a PEM block is never JSON, so both are
   * tried in turn.
   */
  static List<Key> fromCertOrJwk(String text) throws JwtException {
    PemBlock block = PemBlock.first(text);
    if (block != null) {
      if (!block.rest().isEmpty()) {
        throw new JwtException("extra data after a PEM certificate block");
      }
      if (block.type().equals("CERTIFICATE")) {
        try {
          PublicKey k =
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(block.bytes()))
                  .getPublicKey();
          return List.of(new Key(k, null, null, "", ""));
        } catch (GeneralSecurityException | RuntimeException e) {
          throw new JwtException("failed to parse a PEM certificate: " + e.getMessage());
        }
      }
      if (block.type().equals("PUBLIC KEY")) {
        PublicKey k = publicKey(block.bytes());
        if (k == null) {
          throw new JwtException("failed to parse a PEM public key: x509: unknown public key");
        }
        return List.of(new Key(k, null, null, "", ""));
      }
      throw new JwtException("failed to extract a Key from the PEM certificate");
    }
    try {
      return jwkSet(text);
    } catch (JwtException e) {
      throw new JwtException("failed to parse a JWK key (set): " + e.getMessage());
    }
  }

  /** Every usable key of a JWK or JWK set. */
  static List<Key> jwkSet(String text) throws JwtException {
    ObjectValue o = JwtToken.jsonObject(text);
    List<Key> keys = new ArrayList<>();
    if (o.get("keys") instanceof ArrayValue a) {
      for (Value v : a.elements()) {
        if (!(v instanceof ObjectValue k)) {
          throw new JwtException("invalid key in set");
        }
        Key key = jwk(k);
        if (key.alg().isEmpty() || ALGORITHMS.contains(key.alg())) {
          keys.add(key);
        }
      }
      return keys;
    }
    Key key = jwk(o);
    if (key.alg().isEmpty() || ALGORITHMS.contains(key.alg())) {
      keys.add(key);
    }
    return keys;
  }

  /** One JWK object as a key. */
  static Key jwk(ObjectValue o) throws JwtException {
    String kty = field(o, "kty");
    String alg = field(o, "alg");
    String kid = field(o, "kid");
    try {
      switch (kty) {
        case "RSA" -> {
          BigInteger n = big(o, "n");
          BigInteger e = big(o, "e");
          KeyFactory f = KeyFactory.getInstance("RSA");
          PrivateKey priv = null;
          if (o.get("d") != null) {
            priv =
                o.get("p") != null && o.get("dp") != null
                    ? f.generatePrivate(
                        new RSAPrivateCrtKeySpec(
                            n,
                            e,
                            big(o, "d"),
                            big(o, "p"),
                            big(o, "q"),
                            big(o, "dp"),
                            big(o, "dq"),
                            big(o, "qi")))
                    : f.generatePrivate(new RSAPrivateKeySpec(n, big(o, "d")));
          }
          return new Key(f.generatePublic(new RSAPublicKeySpec(n, e)), priv, null, alg, kid);
        }
        case "EC" -> {
          ECParameterSpec curve = curve(field(o, "crv"));
          KeyFactory f = KeyFactory.getInstance("EC");
          PublicKey pub =
              f.generatePublic(new ECPublicKeySpec(new ECPoint(big(o, "x"), big(o, "y")), curve));
          PrivateKey priv =
              o.get("d") == null
                  ? null
                  : f.generatePrivate(new ECPrivateKeySpec(big(o, "d"), curve));
          return new Key(pub, priv, null, alg, kid);
        }
        case "oct" -> {
          return new Key(null, null, JwtToken.base64url(field(o, "k")), alg, kid);
        }
        case "OKP" -> {
          if (!field(o, "crv").equals("Ed25519")) {
            throw new JwtException("unsupported curve: " + field(o, "crv"));
          }
          KeyFactory f = KeyFactory.getInstance("Ed25519");
          PublicKey pub =
              f.generatePublic(
                  new X509EncodedKeySpec(
                      concat(ED25519_PUBLIC, JwtToken.base64url(field(o, "x")))));
          PrivateKey priv =
              o.get("d") == null
                  ? null
                  : f.generatePrivate(
                      new PKCS8EncodedKeySpec(
                          concat(ED25519_PRIVATE, JwtToken.base64url(field(o, "d")))));
          return new Key(pub, priv, null, alg, kid);
        }
        default -> throw new JwtException("invalid key type from JSON (" + kty + ")");
      }
    } catch (GeneralSecurityException e) {
      throw new JwtException("failed to create key: " + e.getMessage());
    }
  }

  /** An X.509 SubjectPublicKeyInfo as an RSA, EC or Ed25519 key, or null. */
  static PublicKey publicKey(byte[] der) {
    for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
      try {
        return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
      } catch (GeneralSecurityException | RuntimeException e) {
        // not this algorithm: try the next
      }
    }
    return null;
  }

  private static ECParameterSpec curve(String crv) throws JwtException, GeneralSecurityException {
    String name =
        switch (crv) {
          case "P-256" -> "secp256r1";
          case "P-384" -> "secp384r1";
          case "P-521" -> "secp521r1";
          default -> throw new JwtException("invalid curve name " + crv);
        };
    AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
    p.init(new ECGenParameterSpec(name));
    return p.getParameterSpec(ECParameterSpec.class);
  }

  private static String field(ObjectValue o, String name) {
    return o.get(name) instanceof StringValue s ? s.value() : "";
  }

  private static BigInteger big(ObjectValue o, String name) throws JwtException {
    String s = field(o, name);
    if (s.isEmpty()) {
      throw new JwtException("required field " + name + " is missing");
    }
    return new BigInteger(1, JwtToken.base64url(s));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}

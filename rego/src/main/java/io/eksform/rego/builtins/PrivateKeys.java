package io.eksform.rego.builtins;

import io.eksform.rego.builtins.Der.DerException;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECPoint;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Private keys in PEM (PKCS#1 RSA, PKCS#8, SEC 1 EC), read with the JDK's key factories, and shown
 * as Go shows them: as a JWK, or as the fields of Go's key structs.
 */
final class PrivateKeys {
  private static final byte[] RSA_ALGORITHM =
      HexFormat.of().parseHex("300d06092a864886f70d0101010500");
  private static final byte[] EC_PUBLIC_KEY_OID = HexFormat.of().parseHex("06072a8648ce3d0201");

  private PrivateKeys() {}

  /** The private keys of every key block of PEM text (base64 of PEM is accepted too). */
  static List<PrivateKey> fromPem(String text) throws GeneralSecurityException {
    try {
      text = new String(BinaryEncodingBuiltins.stdBytes(text), StandardCharsets.ISO_8859_1);
    } catch (BuiltinException e) {
      // not base64: the text itself is the PEM
    }
    List<PrivateKey> keys = new ArrayList<>();
    PemBlock block = PemBlock.first(text);
    while (block != null) {
      switch (block.type()) {
        case "RSA PRIVATE KEY" -> keys.add(pkcs1(block.bytes()));
        case "PRIVATE KEY" -> keys.add(pkcs8(block.bytes()));
        case "EC PRIVATE KEY" -> keys.add(sec1(block.bytes()));
        default -> {}
      }
      block = PemBlock.first(block.rest());
    }
    return keys;
  }

  /** A PKCS#1 RSAPrivateKey. */
  static PrivateKey pkcs1(byte[] der) throws GeneralSecurityException {
    return KeyFactory.getInstance("RSA")
        .generatePrivate(
            new PKCS8EncodedKeySpec(
                Der.encode(
                    Der.SEQUENCE,
                    Der.encode(Der.INTEGER, new byte[] {0}),
                    RSA_ALGORITHM,
                    Der.encode(Der.OCTET_STRING, der))));
  }

  /** A PKCS#8 PrivateKeyInfo of an RSA, EC or Ed25519 key. */
  static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
    for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException | RuntimeException e) {
        // not this algorithm: try the next
      }
    }
    throw new GeneralSecurityException(
        "x509: failed to parse private key (use ParsePKCS1PrivateKey instead for this key format)");
  }

  /** A SEC 1 ECPrivateKey, whose curve is named in its parameters. */
  static PrivateKey sec1(byte[] der) throws GeneralSecurityException {
    try {
      byte[] curve = null;
      for (Der part : Der.parse(der).children()) {
        if (part.tag() == 0xa0) {
          curve = part.content();
        }
      }
      if (curve == null) {
        throw new GeneralSecurityException("x509: failed to parse EC private key: no curve");
      }
      return KeyFactory.getInstance("EC")
          .generatePrivate(
              new PKCS8EncodedKeySpec(
                  Der.encode(
                      Der.SEQUENCE,
                      Der.encode(Der.INTEGER, new byte[] {0}),
                      Der.encode(Der.SEQUENCE, EC_PUBLIC_KEY_OID, curve),
                      Der.encode(Der.OCTET_STRING, der))));
    } catch (DerException e) {
      throw new GeneralSecurityException("x509: failed to parse EC private key: " + e.getMessage());
    }
  }

  /** A private key as a JWK object. */
  static ObjectValue jwk(PrivateKey key) throws GeneralSecurityException {
    Map<String, String> o = new TreeMap<>();
    if (key instanceof RSAPrivateCrtKey k) {
      o.put("kty", "RSA");
      o.put("n", b64(k.getModulus(), 0));
      o.put("e", b64(k.getPublicExponent(), 0));
      o.put("d", b64(k.getPrivateExponent(), 0));
      o.put("p", b64(k.getPrimeP(), 0));
      o.put("q", b64(k.getPrimeQ(), 0));
      o.put("dp", b64(k.getPrimeExponentP(), 0));
      o.put("dq", b64(k.getPrimeExponentQ(), 0));
      o.put("qi", b64(k.getCrtCoefficient(), 0));
    } else if (key instanceof ECPrivateKey k) {
      int size = (k.getParams().getCurve().getField().getFieldSize() + 7) / 8;
      ECPoint w = ecPublic(k);
      o.put("kty", "EC");
      o.put("crv", "P-" + k.getParams().getCurve().getField().getFieldSize());
      o.put("x", b64(w.getAffineX(), size));
      o.put("y", b64(w.getAffineY(), size));
      o.put("d", b64(k.getS(), size));
    } else {
      throw new GeneralSecurityException("unsupported key type " + key.getAlgorithm());
    }
    Map<Value, Value> out = new TreeMap<>();
    o.forEach((k, v) -> out.put(StringValue.of(k), StringValue.of(v)));
    return ObjectValue.of(out);
  }

  /** A private key as Go's JSON of its key struct. */
  static Value goStruct(PrivateKey key) throws GeneralSecurityException {
    Map<String, Value> o = new TreeMap<>();
    if (key instanceof RSAPrivateCrtKey k) {
      o.put("N", NumberValue.of(k.getModulus()));
      o.put("E", NumberValue.of(k.getPublicExponent()));
      o.put("D", NumberValue.of(k.getPrivateExponent()));
      o.put("Primes", ArrayValue.of(NumberValue.of(k.getPrimeP()), NumberValue.of(k.getPrimeQ())));
      Map<String, Value> pre = new TreeMap<>();
      pre.put("Dp", NumberValue.of(k.getPrimeExponentP()));
      pre.put("Dq", NumberValue.of(k.getPrimeExponentQ()));
      pre.put("Qinv", NumberValue.of(k.getCrtCoefficient()));
      pre.put("CRTValues", ArrayValue.EMPTY);
      o.put("Precomputed", ObjectValue.of(X509Json.toValues(pre)));
    } else if (key instanceof ECPrivateKey k) {
      ECPoint w = ecPublic(k);
      o.put("X", NumberValue.of(w.getAffineX()));
      o.put("Y", NumberValue.of(w.getAffineY()));
      o.put("D", NumberValue.of(k.getS()));
    } else {
      // Go shows an Ed25519 key as its bytes: the last 32 of PKCS#8 are the seed
      byte[] der = key.getEncoded();
      return StringValue.of(
          Base64.getEncoder().encodeToString(Arrays.copyOfRange(der, der.length - 32, der.length)));
    }
    return ObjectValue.of(X509Json.toValues(o));
  }

  /** The public point of an EC private key: d times the curve's generator. */
  static ECPoint ecPublic(ECPrivateKey k) {
    return EcMath.multiply(k.getParams(), k.getS());
  }

  private static String b64(BigInteger n, int size) {
    byte[] b = n.toByteArray();
    if (b.length > 1 && b[0] == 0) {
      b = Arrays.copyOfRange(b, 1, b.length);
    }
    if (b.length < size) {
      byte[] padded = new byte[size];
      System.arraycopy(b, 0, padded, size - b.length, b.length);
      b = padded;
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}

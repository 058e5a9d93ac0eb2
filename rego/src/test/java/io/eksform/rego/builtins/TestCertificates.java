package io.eksform.rego.builtins;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;

/** Test helpers: X.509 certificates and requests written with {@link Der} and signed by the JDK. */
final class TestCertificates {
  private static final byte[] SHA256_RSA = hex("300d06092a864886f70d01010b0500");
  private static final byte[] CN = hex("0603550403");
  private static final byte[] BASIC_CONSTRAINTS = hex("0603551d13");
  private static final byte[] SUBJECT_ALT_NAME = hex("0603551d11");

  private TestCertificates() {}

  /** A fresh 2048-bit RSA key pair. */
  static KeyPair rsa() throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair();
  }

  /**
   * A v3 certificate for {@code subject}'s public key, signed with {@code issuerKey}, valid from
   * 2020 to 2040; a CA when {@code ca}, else with the DNS name and URI given as its SANs.
   */
  static byte[] certificate(
      String subject,
      PublicKey key,
      String issuer,
      PrivateKey issuerKey,
      long serial,
      boolean ca,
      String dns,
      String uri)
      throws GeneralSecurityException {
    byte[] constraints =
        Der.encode(
            Der.SEQUENCE,
            BASIC_CONSTRAINTS,
            hex("0101ff"),
            Der.encode(
                Der.OCTET_STRING,
                ca ? Der.encode(Der.SEQUENCE, hex("0101ff")) : Der.encode(Der.SEQUENCE)));
    byte[] extensions = constraints;
    if (!ca) {
      byte[] names =
          Der.encode(
              Der.SEQUENCE,
              Der.encode(0x82, dns.getBytes(StandardCharsets.US_ASCII)),
              Der.encode(0x86, uri.getBytes(StandardCharsets.US_ASCII)));
      extensions =
          concat(
              constraints,
              Der.encode(Der.SEQUENCE, SUBJECT_ALT_NAME, Der.encode(Der.OCTET_STRING, names)));
    }
    byte[] tbs =
        Der.encode(
            Der.SEQUENCE,
            Der.encode(0xa0, Der.encode(Der.INTEGER, new byte[] {2})),
            Der.encode(Der.INTEGER, BigInteger.valueOf(serial).toByteArray()),
            SHA256_RSA,
            name(issuer),
            Der.encode(Der.SEQUENCE, utcTime("200101000000Z"), utcTime("400101000000Z")),
            name(subject),
            key.getEncoded(),
            Der.encode(0xa3, Der.encode(Der.SEQUENCE, extensions)));
    return signed(tbs, issuerKey);
  }

  /** A PKCS#10 request for {@code subject}, signed with its own key. */
  static byte[] request(String subject, KeyPair kp) throws GeneralSecurityException {
    byte[] info =
        Der.encode(
            Der.SEQUENCE,
            Der.encode(Der.INTEGER, new byte[] {0}),
            name(subject),
            kp.getPublic().getEncoded(),
            Der.encode(0xa0));
    return signed(info, kp.getPrivate());
  }

  /** PEM text of DER bytes. */
  static String pem(String type, byte[]... ders) {
    StringBuilder out = new StringBuilder();
    for (byte[] der : ders) {
      out.append("-----BEGIN ").append(type).append("-----\n");
      out.append(Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der));
      out.append("\n-----END ").append(type).append("-----\n");
    }
    return out.toString();
  }

  private static byte[] signed(byte[] body, PrivateKey key) throws GeneralSecurityException {
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(key);
    s.update(body);
    byte[] sig = s.sign();
    return Der.encode(
        Der.SEQUENCE, body, SHA256_RSA, Der.encode(Der.BIT_STRING, new byte[] {0}, sig));
  }

  private static byte[] name(String cn) {
    return Der.encode(
        Der.SEQUENCE,
        Der.encode(
            0x31,
            Der.encode(Der.SEQUENCE, CN, Der.encode(0x0c, cn.getBytes(StandardCharsets.UTF_8)))));
  }

  private static byte[] utcTime(String t) {
    return Der.encode(0x17, t.getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] hex(String s) {
    return HexFormat.of().parseHex(s);
  }
}

package io.eksform.rego.builtins;

import io.eksform.rego.builtins.Der.DerException;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NullValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code crypto.x509.*}: certificates (DER, PEM, or either in base64) parsed and chain-verified,
 * certificate requests, and certificate and key pairs.
 */
final class X509Builtins {
  private X509Builtins() {}

  static void register(BuiltinRegistry r) {
    r.add("crypto.x509.parse_certificates", 1, X509Builtins::parseCertificates);
    r.add("crypto.x509.parse_and_verify_certificates", 1, X509Builtins::parseAndVerify);
    r.add(
        "crypto.x509.parse_and_verify_certificates_with_options",
        2,
        X509Builtins::parseAndVerifyWithOptions);
    r.add("crypto.x509.parse_certificate_request", 1, X509Builtins::parseRequest);
    r.add("crypto.x509.parse_keypair", 2, X509Builtins::parseKeyPair);
  }

  private static Value parseCertificates(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "crypto.x509.parse_certificates";
    try {
      return certificates(certs(name, Operands.string(name, a, 1)), true);
    } catch (GeneralSecurityException | DerException e) {
      throw BuiltinException.builtin(name, e.getMessage());
    }
  }

  private static Value parseAndVerify(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "crypto.x509.parse_and_verify_certificates";
    String input = Operands.string(name, a, 1);
    try {
      List<X509Certificate> chain =
          X509Chains.verify(certs(name, input), X509Chains.Options.defaults(c.now()));
      return ArrayValue.of(BooleanValue.TRUE, certificates(chain, true));
    } catch (GeneralSecurityException | DerException | BuiltinException e) {
      return ArrayValue.of(BooleanValue.FALSE, ArrayValue.EMPTY);
    }
  }

  private static Value parseAndVerifyWithOptions(BuiltinContext c, List<Value> a)
      throws BuiltinException {
    String name = "crypto.x509.parse_and_verify_certificates_with_options";
    String input = Operands.string(name, a, 1);
    ObjectValue options = Operands.object(name, a, 2);
    List<X509Certificate> certs;
    try {
      certs = certs(name, input);
    } catch (GeneralSecurityException | BuiltinException e) {
      return ArrayValue.of(BooleanValue.FALSE, ArrayValue.EMPTY);
    }
    X509Chains.Options o = X509Chains.Options.from(name, options, c.now());
    try {
      return ArrayValue.of(BooleanValue.TRUE, certificates(X509Chains.verify(certs, o), false));
    } catch (GeneralSecurityException | DerException e) {
      return ArrayValue.of(BooleanValue.FALSE, ArrayValue.EMPTY);
    }
  }

  /** The certificates of the input, as OPA reads it: PEM, or base64 of PEM or of DER. */
  static List<X509Certificate> certs(String name, String input)
      throws BuiltinException, GeneralSecurityException {
    byte[] bytes;
    if (input.startsWith("-----BEGIN")) {
      bytes = input.getBytes(StandardCharsets.UTF_8);
    } else {
      bytes = base64(name, input);
    }
    String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
    if (latin1.startsWith("-----BEGIN")) {
      ByteArrayOutputStream der = new ByteArrayOutputStream();
      for (PemBlock b = PemBlock.first(latin1); b != null; b = PemBlock.first(b.rest())) {
        if (!b.type().equals("CERTIFICATE")) {
          throw new GeneralSecurityException(
              "PEM block type is '" + b.type() + "', expected CERTIFICATE");
        }
        der.writeBytes(b.bytes());
      }
      bytes = der.toByteArray();
    }
    return der(bytes);
  }

  /** Concatenated DER certificates. */
  static List<X509Certificate> der(byte[] bytes) throws GeneralSecurityException {
    List<X509Certificate> out = new ArrayList<>();
    try {
      CertificateFactory f = CertificateFactory.getInstance("X.509");
      for (Der element : Der.sequence(bytes)) {
        Certificate c = f.generateCertificate(new ByteArrayInputStream(element.encoded()));
        out.add((X509Certificate) c);
      }
    } catch (DerException | GeneralSecurityException | RuntimeException e) {
      throw new GeneralSecurityException("x509: malformed certificate");
    }
    return out;
  }

  private static Value certificates(List<X509Certificate> certs, boolean uriStrings)
      throws DerException {
    List<Value> out = new ArrayList<>();
    for (X509Certificate c : certs) {
      ObjectValue o = X509Json.certificate(c);
      if (!uriStrings) {
        TreeMap<Value, Value> m = new TreeMap<>(o.entries());
        m.remove(StringValue.of("URIStrings"));
        o = ObjectValue.wrap(m);
      }
      out.add(o);
    }
    return new ArrayValue(out);
  }

  private static Value parseRequest(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "crypto.x509.parse_certificate_request";
    String input = Operands.string(name, a, 1);
    byte[] bytes =
        input.startsWith("-----BEGIN CERTIFICATE REQUEST-----")
            ? input.getBytes(StandardCharsets.UTF_8)
            : base64(name, input);
    PemBlock block = PemBlock.first(new String(bytes, StandardCharsets.ISO_8859_1));
    if (block != null && !block.type().equals("CERTIFICATE REQUEST")) {
      throw BuiltinException.builtin(name, "invalid PEM-encoded certificate signing request");
    }
    if (block != null) {
      bytes = block.bytes();
    }
    try {
      return request(bytes);
    } catch (DerException | RuntimeException e) {
      throw BuiltinException.builtin(name, "asn1: structure error: " + e.getMessage());
    }
  }

  /** A PKCS#10 request's subject, key and signature under Go's field names. */
  private static Value request(byte[] der) throws DerException {
    Der csr = Der.parse(der);
    List<Der> top = csr.children();
    if (csr.tag() != Der.SEQUENCE || top.size() != 3 || top.get(0).tag() != Der.SEQUENCE) {
      throw new DerException("tags don't match");
    }
    List<Der> info = top.get(0).children();
    if (info.size() < 3 || info.get(0).tag() != Der.INTEGER) {
      throw new DerException("tags don't match");
    }
    Map<String, Value> o = new TreeMap<>();
    o.put("Raw", X509Json.bytes(der));
    o.put("RawTBSCertificateRequest", X509Json.bytes(top.get(0).encoded()));
    o.put("RawSubject", X509Json.bytes(info.get(1).encoded()));
    o.put("RawSubjectPublicKeyInfo", X509Json.bytes(info.get(2).encoded()));
    o.put("Version", NumberValue.of(new java.math.BigInteger(info.get(0).content())));
    o.put("Subject", X509Json.name(info.get(1).encoded()));
    byte[] sig = top.get(2).content();
    o.put(
        "Signature", X509Json.bytes(Arrays.copyOfRange(sig, Math.min(1, sig.length), sig.length)));
    String keyOid = info.get(2).children().get(0).children().get(0).oidString();
    o.put(
        "PublicKeyAlgorithm",
        NumberValue.of(
            switch (keyOid) {
              case "1.2.840.113549.1.1.1" -> 1;
              case "1.2.840.10040.4.1" -> 2;
              case "1.2.840.10045.2.1" -> 3;
              case "1.3.101.112" -> 4;
              default -> 0;
            }));
    X509Json.altNames(o, null);
    o.remove("URIStrings");
    o.put("URIs", NullValue.INSTANCE);
    return ObjectValue.of(X509Json.toValues(o));
  }

  private static Value parseKeyPair(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "crypto.x509.parse_keypair";
    String cert = Operands.string(name, a, 1);
    String key = Operands.string(name, a, 2);
    byte[] certBytes = cert.startsWith("-----BEGIN ") ? utf8(cert) : base64(name, cert);
    byte[] keyBytes = key.startsWith("-----BEGIN ") ? utf8(key) : base64(name, key);
    try {
      List<X509Certificate> certs = new ArrayList<>();
      String certText = new String(certBytes, StandardCharsets.ISO_8859_1);
      if (certText.startsWith("-----BEGIN ")) {
        for (PemBlock b = PemBlock.first(certText); b != null; b = PemBlock.first(b.rest())) {
          if (b.type().equals("CERTIFICATE")) {
            certs.addAll(der(b.bytes()));
          }
        }
      } else {
        certs.addAll(der(certBytes));
      }
      if (certs.isEmpty()) {
        throw new GeneralSecurityException("tls: failed to find any PEM data in certificate input");
      }
      String keyText = new String(keyBytes, StandardCharsets.ISO_8859_1);
      PrivateKey priv = null;
      if (keyText.startsWith("-----BEGIN")) {
        for (PemBlock b = PemBlock.first(keyText); b != null; b = PemBlock.first(b.rest())) {
          if (b.type().equals("PRIVATE KEY") || b.type().endsWith(" PRIVATE KEY")) {
            priv =
                PrivateKeys.fromPem(keyText.substring(keyText.indexOf("-----BEGIN " + b.type())))
                    .stream()
                    .findFirst()
                    .orElse(null);
            break;
          }
        }
      } else {
        priv = PrivateKeys.pkcs8(keyBytes);
      }
      if (priv == null) {
        throw new GeneralSecurityException("tls: failed to find any PEM data in key input");
      }
      if (!X509Chains.matches(certs.get(0).getPublicKey(), priv)) {
        throw new GeneralSecurityException("tls: private key does not match public key");
      }
      List<Value> ders = new ArrayList<>();
      for (X509Certificate x : certs) {
        ders.add(StringValue.of(Base64.getEncoder().encodeToString(x.getEncoded())));
      }
      Map<String, Value> o = new TreeMap<>();
      o.put("Certificate", new ArrayValue(ders));
      o.put("PrivateKey", PrivateKeys.goStruct(priv));
      o.put("Leaf", X509Json.certificate(certs.get(0)));
      o.put("OCSPStaple", NullValue.INSTANCE);
      o.put("SignedCertificateTimestamps", NullValue.INSTANCE);
      o.put("SupportedSignatureAlgorithms", NullValue.INSTANCE);
      return ObjectValue.of(X509Json.toValues(o));
    } catch (GeneralSecurityException | DerException e) {
      throw BuiltinException.builtin(name, e.getMessage());
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Standard base64, with Go's error text under this builtin's name. */
  static byte[] base64(String name, String s) throws BuiltinException {
    try {
      return BinaryEncodingBuiltins.stdBytes(s);
    } catch (BuiltinException e) {
      throw BuiltinException.builtin(name, e.getMessage().substring("base64.decode: ".length()));
    }
  }
}

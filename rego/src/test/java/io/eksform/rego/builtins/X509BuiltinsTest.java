package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.call;
import static io.eksform.rego.builtins.Calls.fails;
import static io.eksform.rego.builtins.Calls.s;
import static io.eksform.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** crypto.x509.* and crypto.parse_private_keys on a root, intermediate and leaf made here. */
class X509BuiltinsTest {
  private static KeyPair rootKey;
  private static KeyPair leafKey;
  private static byte[] root;
  private static byte[] intermediate;
  private static byte[] leaf;

  @BeforeAll
  static void chain() throws Exception {
    rootKey = TestCertificates.rsa();
    KeyPair interKey = TestCertificates.rsa();
    leafKey = TestCertificates.rsa();
    root =
        TestCertificates.certificate(
            "Test Root", rootKey.getPublic(), "Test Root", rootKey.getPrivate(), 1, true, "", "");
    intermediate =
        TestCertificates.certificate(
            "Test Intermediate",
            interKey.getPublic(),
            "Test Root",
            rootKey.getPrivate(),
            2,
            true,
            "",
            "");
    leaf =
        TestCertificates.certificate(
            "leaf.example.com",
            leafKey.getPublic(),
            "Test Intermediate",
            interKey.getPrivate(),
            3,
            false,
            "leaf.example.com",
            "spiffe://example.com/opa");
  }

  @Test
  void parseCertificatesReadsPemAndBase64DerWithGoFieldNames() throws Exception {
    ObjectValue cert =
        (ObjectValue)
            ((ArrayValue)
                    call(
                        "crypto.x509.parse_certificates",
                        s(TestCertificates.pem("CERTIFICATE", leaf))))
                .get(0);
    assertEquals(s("leaf.example.com"), ((ObjectValue) cert.get("Subject")).get("CommonName"));
    assertEquals(s("Test Intermediate"), ((ObjectValue) cert.get("Issuer")).get("CommonName"));
    assertEquals(v("[\"leaf.example.com\"]"), cert.get("DNSNames"));
    assertEquals(v("[\"spiffe://example.com/opa\"]"), cert.get("URIStrings"));
    assertEquals(BooleanValue.FALSE, cert.get("IsCA"));
    assertEquals(NumberValue.of(3), cert.get("SerialNumber"));
    assertEquals(s("2040-01-01T00:00:00Z"), cert.get("NotAfter"));
    String der = Base64.getEncoder().encodeToString(TestCertificates.concat(root, leaf));
    assertEquals(2, ((ArrayValue) call("crypto.x509.parse_certificates", s(der))).size());
  }

  @Test
  void unreadableInputIsAnErrorWithGosWords() {
    assertTrue(
        fails("crypto.x509.parse_certificates", s("foobar"))
            .getMessage()
            .contains("illegal base64 data at input byte"));
    assertEquals(
        "crypto.x509.parse_certificates: x509: malformed certificate",
        fails("crypto.x509.parse_certificates", s("YmFkc3RyaW5n")).getMessage());
  }

  @Test
  void aChainVerifiesFromTheFirstCertificateAsRootToTheLastAsLeaf() throws Exception {
    String chain = TestCertificates.pem("CERTIFICATE", root, intermediate, leaf);
    ArrayValue result = (ArrayValue) call("crypto.x509.parse_and_verify_certificates", s(chain));
    assertEquals(BooleanValue.TRUE, result.get(0));
    List<String> names =
        ((ArrayValue) result.get(1))
            .elements().stream()
                .map(c -> ((ObjectValue) ((ObjectValue) c).get("Subject")).get("CommonName"))
                .map(n -> ((StringValue) n).value())
                .toList();
    assertEquals(List.of("leaf.example.com", "Test Intermediate", "Test Root"), names);
    String missingIntermediate = TestCertificates.pem("CERTIFICATE", root, leaf);
    assertEquals(
        v("[false,[]]"), call("crypto.x509.parse_and_verify_certificates", s(missingIntermediate)));
  }

  @Test
  void verifyOptionsCheckTheHostNameAndAreValidated() throws Exception {
    Value chain = s(TestCertificates.pem("CERTIFICATE", root, intermediate, leaf));
    String name = "crypto.x509.parse_and_verify_certificates_with_options";
    assertEquals(
        BooleanValue.TRUE,
        ((ArrayValue) call(name, chain, v("{\"DNSName\":\"leaf.example.com\"}"))).get(0));
    assertEquals(v("[false,[]]"), call(name, chain, v("{\"DNSName\":\"other.example.com\"}")));
    assertEquals(v("[false,[]]"), call(name, chain, v("{\"CurrentTime\":2300000000000000000}")));
    assertEquals(name + ": invalid key option", fails(name, chain, v("{\"x\":1}")).getMessage());
    assertEquals(
        name + ": invalid entries for 'KeyUsages' found: [nope]",
        fails(name, chain, v("{\"KeyUsages\":[\"nope\"]}")).getMessage());
  }

  @Test
  void certificateRequestsAndKeyPairsAreRead() throws Exception {
    byte[] csr = TestCertificates.request("example.com", leafKey);
    for (String input :
        List.of(
            TestCertificates.pem("CERTIFICATE REQUEST", csr),
            Base64.getEncoder().encodeToString(csr))) {
      ObjectValue o = (ObjectValue) call("crypto.x509.parse_certificate_request", s(input));
      assertEquals(s("example.com"), ((ObjectValue) o.get("Subject")).get("CommonName"));
    }
    String key = TestCertificates.pem("PRIVATE KEY", leafKey.getPrivate().getEncoded());
    ObjectValue pair =
        (ObjectValue)
            call("crypto.x509.parse_keypair", s(TestCertificates.pem("CERTIFICATE", leaf)), s(key));
    assertEquals(
        s(Base64.getEncoder().encodeToString(leaf)), ((ArrayValue) pair.get("Certificate")).get(0));
    String otherKey = TestCertificates.pem("PRIVATE KEY", rootKey.getPrivate().getEncoded());
    assertEquals(
        "crypto.x509.parse_keypair: tls: private key does not match public key",
        fails(
                "crypto.x509.parse_keypair",
                s(TestCertificates.pem("CERTIFICATE", leaf)),
                s(otherKey))
            .getMessage());
  }

  @Test
  void privateKeysBecomeJwksAndGoStructs() throws Exception {
    byte[] pkcs8 = leafKey.getPrivate().getEncoded();
    // the PKCS#1 key is the octet string that ends the PKCS#8 structure
    byte[] pkcs1 = Der.parse(pkcs8).children().get(2).content();
    ObjectValue jwk =
        (ObjectValue)
            call(
                "crypto.x509.parse_rsa_private_key",
                s(TestCertificates.pem("RSA PRIVATE KEY", pkcs1)));
    assertEquals(s("RSA"), jwk.get("kty"));
    byte[] n = Base64.getUrlDecoder().decode(((StringValue) jwk.get("n")).value());
    assertEquals(((RSAPublicKey) leafKey.getPublic()).getModulus(), new java.math.BigInteger(1, n));

    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair ec = g.generateKeyPair();
    String both =
        TestCertificates.pem("RSA PRIVATE KEY", pkcs1)
            + TestCertificates.pem("PRIVATE KEY", ec.getPrivate().getEncoded());
    ArrayValue keys = (ArrayValue) call("crypto.parse_private_keys", s(both));
    assertEquals(2, keys.size());
    ObjectValue ecKey = (ObjectValue) keys.get(1);
    assertEquals(
        NumberValue.of(((ECPublicKey) ec.getPublic()).getW().getAffineX()), ecKey.get("X"));
    assertEquals(
        NumberValue.of(((ECPublicKey) ec.getPublic()).getW().getAffineY()), ecKey.get("Y"));
    assertEquals(v("[]"), call("crypto.parse_private_keys", s("nope")));
    assertEquals(v("null"), call("crypto.parse_private_keys", s("")));
  }
}

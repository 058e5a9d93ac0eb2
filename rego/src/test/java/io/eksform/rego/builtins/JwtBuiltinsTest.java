package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.call;
import static io.eksform.rego.builtins.Calls.check;
import static io.eksform.rego.builtins.Calls.fails;
import static io.eksform.rego.builtins.Calls.s;
import static io.eksform.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** io.jwt.*: tokens signed here with fresh JDK keys verify, and broken ones fail as in OPA. */
class JwtBuiltinsTest {
  // One RSA key for every RSA test: making a 2048-bit key takes a CPU-second or more, and which
  // key signs makes no difference to what these tests check.
  private static final KeyPair RSA_KEY = rsaKey();

  private static final String SECRET_JWK = "{\"kty\":\"oct\",\"k\":\"" + b64("s3cret") + "\"}";

  private static KeyPair rsaKey() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has RSA", e);
    }
  }

  @Test
  void decodeSplitsATokenIntoHeaderClaimsAndHexSignature() throws Exception {
    Value token =
        call("io.jwt.encode_sign", v("{\"alg\":\"HS256\"}"), v("{\"sub\":\"0\"}"), v(SECRET_JWK));
    Value parts = call("io.jwt.decode", token);
    ArrayValue a = (ArrayValue) parts;
    assertEquals(v("{\"alg\":\"HS256\"}"), a.get(0));
    assertEquals(v("{\"sub\":\"0\"}"), a.get(1));
    assertEquals(64, ((StringValue) a.get(2)).value().length());
  }

  @Test
  void hmacTokensVerifyWithTheirSecretOnly() throws Exception {
    for (String alg : new String[] {"HS256", "HS384", "HS512"}) {
      Value token =
          call(
              "io.jwt.encode_sign",
              v("{\"alg\":\"" + alg + "\"}"),
              v("{\"iss\":\"me\"}"),
              v(SECRET_JWK));
      String verify = "io.jwt.verify_" + alg.toLowerCase();
      assertEquals(BooleanValue.TRUE, call(verify, token, s("s3cret")));
      assertEquals(BooleanValue.FALSE, call(verify, token, s("other")));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512"})
  void rsaTokensVerifyWithTheJwkOfTheirKey(String alg) throws Exception {
    KeyPair kp = RSA_KEY;
    RSAPublicKey pub = (RSAPublicKey) kp.getPublic();
    RSAPrivateCrtKey priv = (RSAPrivateCrtKey) kp.getPrivate();
    String publicJwk =
        "\"kty\":\"RSA\",\"n\":\""
            + b64(pub.getModulus())
            + "\",\"e\":\""
            + b64(pub.getPublicExponent())
            + "\"";
    String privateJwk = "{" + publicJwk + ",\"d\":\"" + b64(priv.getPrivateExponent()) + "\"}";
    roundTrip(alg, privateJwk, "{" + publicJwk + "}");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 20, 32, 222})
  void pssSignaturesVerifyWhateverTheirSaltLength(int salt) throws Exception {
    KeyPair kp = RSA_KEY;
    RSAPublicKey pub = (RSAPublicKey) kp.getPublic();
    String input = b64("{\"alg\":\"PS256\"}") + "." + b64("{}");
    java.security.Signature signer = java.security.Signature.getInstance("RSASSA-PSS");
    signer.setParameter(
        new java.security.spec.PSSParameterSpec(
            "SHA-256", "MGF1", java.security.spec.MGF1ParameterSpec.SHA256, salt, 1));
    signer.initSign(kp.getPrivate());
    signer.update(input.getBytes());
    String token =
        input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
    String jwk =
        "{\"kty\":\"RSA\",\"n\":\""
            + b64(pub.getModulus())
            + "\",\"e\":\""
            + b64(pub.getPublicExponent())
            + "\"}";
    assertEquals(BooleanValue.TRUE, call("io.jwt.verify_ps256", s(token), s(jwk)));
    assertEquals(BooleanValue.FALSE, call("io.jwt.verify_ps256", s(token + "A"), s(jwk)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ES256:secp256r1:P-256", "ES384:secp384r1:P-384", "ES512:secp521r1:P-521"})
  void ecTokensVerifyWithTheJwkOfTheirKey(String spec) throws Exception {
    String[] p = spec.split(":");
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec(p[1]));
    KeyPair kp = g.generateKeyPair();
    ECPublicKey pub = (ECPublicKey) kp.getPublic();
    String publicJwk =
        "\"kty\":\"EC\",\"crv\":\""
            + p[2]
            + "\",\"x\":\""
            + b64(pub.getW().getAffineX())
            + "\",\"y\":\""
            + b64(pub.getW().getAffineY())
            + "\"";
    String privateJwk =
        "{" + publicJwk + ",\"d\":\"" + b64(((ECPrivateKey) kp.getPrivate()).getS()) + "\"}";
    roundTrip(p[0], privateJwk, "{" + publicJwk + "}");
  }

  private static void roundTrip(String alg, String privateJwk, String publicJwk) throws Exception {
    Value token =
        call(
            "io.jwt.encode_sign",
            v("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}"),
            v("{\"iss\":\"me\",\"exp\":4000000000}"),
            v(privateJwk));
    String verify = "io.jwt.verify_" + alg.toLowerCase();
    assertEquals(BooleanValue.TRUE, call(verify, token, s(publicJwk)));
    String other = alg.startsWith("ES") ? "io.jwt.verify_rs256" : "io.jwt.verify_es256";
    assertEquals(BooleanValue.FALSE, call(other, token, s(publicJwk)));
    Value result = call("io.jwt.decode_verify", token, v("{\"cert\":" + quote(publicJwk) + "}"));
    assertEquals(BooleanValue.TRUE, ((ArrayValue) result).get(0));
    result =
        call(
            "io.jwt.decode_verify",
            token,
            v("{\"cert\":" + quote(publicJwk) + ",\"iss\":\"someone else\"}"));
    assertEquals(BooleanValue.FALSE, ((ArrayValue) result).get(0));
  }

  @Test
  void decodeVerifyChecksExpiryAndNotBeforeAgainstTheGivenTime() throws Exception {
    Value token =
        call(
            "io.jwt.encode_sign",
            v("{\"alg\":\"HS256\"}"),
            v("{\"nbf\":1000,\"exp\":2000}"),
            v(SECRET_JWK));
    check(
        "[true,{\"alg\":\"HS256\"},{\"nbf\":1000,\"exp\":2000}]",
        "io.jwt.decode_verify",
        token,
        v("{\"secret\":\"s3cret\",\"time\":1500000000000}"));
    check(
        "[false,{},{}]",
        "io.jwt.decode_verify",
        token,
        v("{\"secret\":\"s3cret\",\"time\":2000000000000}"));
    check(
        "[false,{},{}]",
        "io.jwt.decode_verify",
        token,
        v("{\"secret\":\"s3cret\",\"time\":999000000000}"));
    // the fixed clock of these tests is 2024: long after exp
    check("[false,{},{}]", "io.jwt.decode_verify", token, v("{\"secret\":\"s3cret\"}"));
  }

  @Test
  void brokenTokensAndConstraintsAreErrorsWithOpasWords() {
    assertEquals(
        "io.jwt.decode: encoded JWT had no period separators",
        fails("io.jwt.decode", s("abc")).getMessage());
    assertEquals(
        "io.jwt.decode: encoded JWT must have 3 sections, found 2",
        fails("io.jwt.decode", s("a.b")).getMessage());
    assertEquals(
        "io.jwt.decode_verify: no key constraint",
        fails("io.jwt.decode_verify", s("a.b.c"), v("{}")).getMessage());
    assertEquals(
        "io.jwt.decode_verify: unknown token validation constraint: nope",
        fails("io.jwt.decode_verify", s("a.b.c"), v("{\"nope\":1}")).getMessage());
    assertEquals(
        "io.jwt.verify_rs256: failed to extract a Key from the PEM certificate",
        fails(
                "io.jwt.verify_rs256",
                s("a.b.c"),
                s("-----BEGIN JUNK-----\nAAAA\n-----END JUNK-----\n"))
            .getMessage());
    assertEquals(
        "io.jwt.encode_sign_raw: unknown JWS algorithm: none",
        fails("io.jwt.encode_sign_raw", s("{\"alg\":\"none\"}"), s("{}"), s(SECRET_JWK))
            .getMessage());
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder();
    GoJson.quote(out, s);
    return out.toString();
  }

  private static String b64(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes());
  }

  private static String b64(BigInteger n) {
    byte[] b = n.toByteArray();
    if (b[0] == 0 && b.length > 1) {
      b = java.util.Arrays.copyOfRange(b, 1, b.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}

package io.eksform.rego.builtins;

import io.eksform.rego.builtins.JwkKeys.Key;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.EdECKey;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signing and verifying JWS signing inputs with the JOSE algorithms, on the JDK's providers. */
final class JwsAlgorithms {
  private static final SecureRandom RANDOM = new SecureRandom();

  private JwsAlgorithms() {}

  /** Whether {@code signature} is {@code alg}'s signature of {@code input} under {@code key}. */
  static boolean verify(String alg, Key key, byte[] input, byte[] signature) {
    try {
      if (alg.startsWith("HS")) {
        byte[] secret = key.secret();
        return secret != null && MessageDigest.isEqual(hmac(alg, secret, input), signature);
      }
      PublicKey pub = key.publicKey();
      if (pub == null || !fits(alg, pub)) {
        return false;
      }
      if (alg.startsWith("PS")) {
        return RsaPss.verify((RSAPublicKey) pub, "SHA-" + alg.substring(2), input, signature);
      }
      Signature s = Signature.getInstance(javaName(alg));
      s.initVerify(pub);
      s.update(input);
      return s.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  /** Whether {@code alg} is one of the HMAC algorithms, signed with a shared secret. */
  static boolean symmetric(String alg) {
    return alg.startsWith("HS");
  }

  /** {@code alg}'s signature of {@code input} with {@code key}. */
  static byte[] sign(String alg, Key key, byte[] input) throws GeneralSecurityException {
    if (symmetric(alg)) {
      if (key.secret() == null) {
        throw new GeneralSecurityException("invalid key type for " + alg);
      }
      return hmac(alg, key.secret(), input);
    }
    PrivateKey priv = key.privateKey();
    if (priv == null) {
      throw new GeneralSecurityException("invalid key type for " + alg + ": no private key");
    }
    Signature s = Signature.getInstance(javaName(alg));
    if (alg.startsWith("PS")) {
      s.setParameter(pss(alg, hashBytes(alg)));
    }
    s.initSign(priv, RANDOM);
    s.update(input);
    return s.sign();
  }

  private static boolean fits(String alg, PublicKey pub) {
    return switch (alg.substring(0, 2)) {
      case "RS", "PS" -> pub instanceof RSAKey;
      case "ES" -> pub instanceof ECKey;
      case "Ed" -> pub instanceof EdECKey;
      default -> false;
    };
  }

  private static PSSParameterSpec pss(String alg, int salt) {
    String digest = "SHA-" + alg.substring(2);
    return new PSSParameterSpec(digest, "MGF1", new MGF1ParameterSpec(digest), salt, 1);
  }

  private static int hashBytes(String alg) {
    return Integer.parseInt(alg.substring(2)) / 8;
  }

  private static byte[] hmac(String alg, byte[] secret, byte[] input)
      throws GeneralSecurityException {
    String name = "HmacSHA" + alg.substring(2);
    Mac mac = Mac.getInstance(name);
    // an empty secret is legal for HMAC but refused by SecretKeySpec: one zero byte is equivalent
    mac.init(new SecretKeySpec(secret.length == 0 ? new byte[1] : secret, name));
    return mac.doFinal(input);
  }

  private static String javaName(String alg) throws GeneralSecurityException {
    return switch (alg) {
      case "RS256" -> "SHA256withRSA";
      case "RS384" -> "SHA384withRSA";
      case "RS512" -> "SHA512withRSA";
      case "PS256", "PS384", "PS512" -> "RSASSA-PSS";
      case "ES256" -> "SHA256withECDSAinP1363Format";
      case "ES384" -> "SHA384withECDSAinP1363Format";
      case "ES512" -> "SHA512withECDSAinP1363Format";
      case "EdDSA" -> "Ed25519";
      default -> throw new GeneralSecurityException("unsupported algorithm " + alg);
    };
  }
}

package io.eksform.rego.builtins;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;

/**
 * RSASSA-PSS verification (RFC 8017 9.1.2) that finds the salt length in the signature, as Go's
 * {@code rsa.VerifyPSS} does without options; the JDK's verifier needs the length given.
 */
final class RsaPss {
  private RsaPss() {}

  /** Whether {@code signature} is a PSS signature of {@code message} with MGF1 over the digest. */
  static boolean verify(RSAPublicKey key, String digest, byte[] message, byte[] signature)
      throws GeneralSecurityException {
    BigInteger n = key.getModulus();
    int modBytes = (n.bitLength() + 7) / 8;
    if (signature.length != modBytes) {
      return false;
    }
    BigInteger s = new BigInteger(1, signature);
    if (s.compareTo(n) >= 0) {
      return false;
    }
    int emBits = n.bitLength() - 1;
    int emLen = (emBits + 7) / 8;
    byte[] em = unsigned(s.modPow(key.getPublicExponent(), n), emLen);
    if (em == null) {
      return false;
    }
    MessageDigest md = MessageDigest.getInstance(digest);
    byte[] mHash = md.digest(message);
    int hLen = mHash.length;
    if (emLen < hLen + 2 || (em[emLen - 1] & 0xff) != 0xbc) {
      return false;
    }
    int dbLen = emLen - hLen - 1;
    byte[] h = Arrays.copyOfRange(em, dbLen, dbLen + hLen);
    int topBits = 8 * emLen - emBits;
    int topMask = (0xff >> topBits) ^ 0xff;
    if ((em[0] & topMask) != 0) {
      return false;
    }
    byte[] db = mgf1(md, h, dbLen);
    for (int i = 0; i < dbLen; i++) {
      db[i] ^= em[i];
    }
    db[0] &= (byte) ~topMask;
    int i = 0;
    while (i < dbLen && db[i] == 0) {
      i++;
    }
    if (i == dbLen || db[i] != 1) {
      return false;
    }
    byte[] salt = Arrays.copyOfRange(db, i + 1, dbLen);
    md.reset();
    md.update(new byte[8]);
    md.update(mHash);
    md.update(salt);
    return MessageDigest.isEqual(md.digest(), h);
  }

  private static byte[] mgf1(MessageDigest md, byte[] seed, int length) {
    byte[] out = new byte[length];
    int done = 0;
    for (int counter = 0; done < length; counter++) {
      md.reset();
      md.update(seed);
      md.update(
          new byte[] {
            (byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter
          });
      byte[] block = md.digest();
      int take = Math.min(block.length, length - done);
      System.arraycopy(block, 0, out, done, take);
      done += take;
    }
    return out;
  }

  private static byte[] unsigned(BigInteger v, int length) {
    byte[] b = v.toByteArray();
    if (b.length > 1 && b[0] == 0) {
      b = Arrays.copyOfRange(b, 1, b.length);
    }
    if (b.length > length) {
      return null;
    }
    byte[] out = new byte[length];
    System.arraycopy(b, 0, out, length - b.length, b.length);
    return out;
  }
}

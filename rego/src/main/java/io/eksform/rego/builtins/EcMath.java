package io.eksform.rego.builtins;

import java.math.BigInteger;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;

/**
 * Scalar multiplication on the prime curves, in affine coordinates: enough to recover the public
 * point of an EC private key, which the JDK's key objects do not carry.
 */
final class EcMath {
  private EcMath() {}

  /** {@code k} times the generator of {@code params}. */
  static ECPoint multiply(ECParameterSpec params, BigInteger k) {
    BigInteger p = ((ECFieldFp) params.getCurve().getField()).getP();
    BigInteger a = params.getCurve().getA();
    ECPoint result = ECPoint.POINT_INFINITY;
    ECPoint addend = params.getGenerator();
    for (int i = 0; i < k.bitLength(); i++) {
      if (k.testBit(i)) {
        result = add(result, addend, a, p);
      }
      addend = add(addend, addend, a, p);
    }
    return result;
  }

  private static ECPoint add(ECPoint s, ECPoint t, BigInteger a, BigInteger p) {
    if (s.equals(ECPoint.POINT_INFINITY)) {
      return t;
    }
    if (t.equals(ECPoint.POINT_INFINITY)) {
      return s;
    }
    BigInteger x1 = s.getAffineX();
    BigInteger y1 = s.getAffineY();
    BigInteger x2 = t.getAffineX();
    BigInteger y2 = t.getAffineY();
    BigInteger lambda;
    if (x1.equals(x2)) {
      if (!y1.equals(y2) || y1.signum() == 0) {
        return ECPoint.POINT_INFINITY;
      }
      BigInteger num = x1.pow(2).multiply(BigInteger.valueOf(3)).add(a);
      lambda = num.multiply(y1.shiftLeft(1).modInverse(p)).mod(p);
    } else {
      lambda = y2.subtract(y1).multiply(x2.subtract(x1).modInverse(p)).mod(p);
    }
    BigInteger x3 = lambda.pow(2).subtract(x1).subtract(x2).mod(p);
    BigInteger y3 = lambda.multiply(x1.subtract(x3)).subtract(y1).mod(p);
    return new ECPoint(x3, y3);
  }
}

package io.eksform.rego.builtins;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Verifies a certificate chain as OPA does: the first certificate is the only root, the last is the
 * leaf, the ones between are intermediates; then the leaf's host name and the extended key usages
 * of the chain are checked as Go's {@code x509.Verify} checks them.
 */
final class X509Chains {
  private static final Map<String, Integer> KEY_USAGES =
      Map.ofEntries(
          Map.entry("KeyUsageAny", 0),
          Map.entry("KeyUsageServerAuth", 1),
          Map.entry("KeyUsageClientAuth", 2),
          Map.entry("KeyUsageCodeSigning", 3),
          Map.entry("KeyUsageEmailProtection", 4),
          Map.entry("KeyUsageIPSECEndSystem", 5),
          Map.entry("KeyUsageIPSECTunnel", 6),
          Map.entry("KeyUsageIPSECUser", 7),
          Map.entry("KeyUsageTimeStamping", 8),
          Map.entry("KeyUsageOCSPSigning", 9),
          Map.entry("KeyUsageMicrosoftServerGatedCrypto", 10),
          Map.entry("KeyUsageNetscapeServerGatedCrypto", 11),
          Map.entry("KeyUsageMicrosoftCommercialCodeSigning", 12),
          Map.entry("KeyUsageMicrosoftKernelCodeSigning", 13));

  private X509Chains() {}

  /** What to verify: an optional host name, the time, and the key usages wanted (Go's numbers). */
  record Options(String dnsName, Instant time, List<Integer> keyUsages) {
    static Options defaults(Instant now) {
      return new Options("", now, List.of());
    }

    /** The options object of {@code parse_and_verify_certificates_with_options}. */
    static Options from(String name, ObjectValue o, Instant now) throws BuiltinException {
      String dns = "";
      Instant time = now;
      List<Integer> usages = new ArrayList<>();
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        if (!(e.getKey() instanceof StringValue k)) {
          continue;
        }
        Value v = e.getValue();
        switch (k.value()) {
          case "DNSName" -> {
            if (!(v instanceof StringValue s)) {
              throw BuiltinException.builtin(name, "'DNSName' should be a string");
            }
            dns = s.value().replaceAll("^\"+|\"+$", "");
          }
          case "CurrentTime" -> {
            if (!(v instanceof NumberValue n)) {
              throw BuiltinException.builtin(name, "'CurrentTime' should be a number");
            }
            if (!n.isInteger() || n.bigInteger().bitLength() > 63) {
              throw BuiltinException.builtin(name, "'CurrentTime' should be a valid int64 number");
            }
            long ns = n.bigInteger().longValue();
            time =
                Instant.ofEpochSecond(
                    Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L));
          }
          case "MaxConstraintComparisons" -> {
            if (!(v instanceof NumberValue n)) {
              throw BuiltinException.builtin(name, "'MaxConstraintComparisons' should be a number");
            }
            if (!n.isInteger()) {
              throw BuiltinException.builtin(
                  name, "'MaxConstraintComparisons' should be a valid number");
            }
          }
          case "KeyUsages" -> {
            List<Value> items;
            if (v instanceof ArrayValue a) {
              items = a.elements();
            } else if (v instanceof SetValue s) {
              items = Operands.elements(s);
            } else {
              throw BuiltinException.builtin(name, "'KeyUsages' should be an Array or Set");
            }
            List<String> invalid = new ArrayList<>();
            for (Value item : items) {
              if (item instanceof StringValue s) {
                String u = s.value().replaceAll("^\"+|\"+$", "");
                if (KEY_USAGES.containsKey(u)) {
                  usages.add(KEY_USAGES.get(u));
                } else {
                  invalid.add(u);
                }
              }
            }
            if (!invalid.isEmpty()) {
              throw BuiltinException.builtin(
                  name,
                  "invalid entries for 'KeyUsages' found: [" + String.join(" ", invalid) + "]");
            }
          }
          default -> throw BuiltinException.builtin(name, "invalid key option");
        }
      }
      return new Options(dns, time, usages);
    }
  }

  /** The verified chain, leaf first and root last. */
  static List<X509Certificate> verify(List<X509Certificate> certs, Options o)
      throws GeneralSecurityException {
    if (certs.size() < 2) {
      throw new GeneralSecurityException(
          "operand 1 must supply at least two certificates to be able to verify");
    }
    X509Certificate root = certs.get(0);
    X509Certificate leaf = certs.get(certs.size() - 1);
    X509CertSelector target = new X509CertSelector();
    target.setCertificate(leaf);
    PKIXBuilderParameters p =
        new PKIXBuilderParameters(Set.of(new TrustAnchor(root, null)), target);
    p.setRevocationEnabled(false);
    p.setDate(Date.from(o.time()));
    p.addCertStore(
        CertStore.getInstance(
            "Collection", new CollectionCertStoreParameters(certs.subList(1, certs.size()))));
    PKIXCertPathBuilderResult result =
        (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(p);
    List<X509Certificate> chain = new ArrayList<>();
    for (Certificate c : result.getCertPath().getCertificates()) {
      chain.add((X509Certificate) c);
    }
    chain.add(root);
    if (!o.dnsName().isEmpty() && !hostMatches(leaf, o.dnsName())) {
      throw new GeneralSecurityException("x509: certificate is not valid for " + o.dnsName());
    }
    checkKeyUsages(chain, o.keyUsages().isEmpty() ? List.of(1) : o.keyUsages());
    return chain;
  }

  private static void checkKeyUsages(List<X509Certificate> chain, List<Integer> wanted)
      throws GeneralSecurityException {
    if (wanted.contains(0)) {
      return;
    }
    for (X509Certificate c : chain) {
      List<String> eku = c.getExtendedKeyUsage();
      if (eku == null || eku.isEmpty()) {
        continue;
      }
      boolean ok = false;
      for (String oid : eku) {
        int u = X509Json.extKeyUsage(oid);
        ok |= u == 0 || wanted.contains(u);
      }
      if (!ok) {
        throw new GeneralSecurityException("x509: certificate specifies an incompatible key usage");
      }
    }
  }

  private static boolean hostMatches(X509Certificate leaf, String host)
      throws GeneralSecurityException {
    String want = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    if (leaf.getSubjectAlternativeNames() == null) {
      return false;
    }
    for (List<?> n : leaf.getSubjectAlternativeNames()) {
      if (!(n.get(1) instanceof String s)) {
        continue;
      }
      int type = (Integer) n.get(0);
      String name = s.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
      if (type == 7 && name.equals(want)) {
        return true;
      }
      if (type != 2) {
        continue;
      }
      if (name.equals(want)) {
        return true;
      }
      if (name.startsWith("*.")) {
        int dot = want.indexOf('.');
        if (dot > 0 && want.substring(dot + 1).equals(name.substring(2))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a private key belongs to a certificate's public key. */
  static boolean matches(PublicKey pub, PrivateKey priv) {
    if (pub instanceof RSAPublicKey r) {
      return priv instanceof RSAPrivateKey k && k.getModulus().equals(r.getModulus());
    }
    if (pub instanceof ECPublicKey e) {
      return priv instanceof ECPrivateKey k && PrivateKeys.ecPublic(k).equals(e.getW());
    }
    return pub.getAlgorithm().equals(priv.getAlgorithm());
  }
}

package io.eksform.rego.builtins;

import io.eksform.rego.builtins.Der.DerException;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NullValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Certificates and names as the objects OPA's x509 built-ins give: the fields of Go's {@code
 * x509.Certificate} and {@code pkix.Name} a policy looks at, under Go's field names.
 */
final class X509Json {
  // Go's ExtKeyUsage numbers, by OID
  private static final Map<String, Integer> EXT_KEY_USAGES =
      Map.ofEntries(
          Map.entry("2.5.29.37.0", 0),
          Map.entry("1.3.6.1.5.5.7.3.1", 1),
          Map.entry("1.3.6.1.5.5.7.3.2", 2),
          Map.entry("1.3.6.1.5.5.7.3.3", 3),
          Map.entry("1.3.6.1.5.5.7.3.4", 4),
          Map.entry("1.3.6.1.5.5.7.3.5", 5),
          Map.entry("1.3.6.1.5.5.7.3.6", 6),
          Map.entry("1.3.6.1.5.5.7.3.7", 7),
          Map.entry("1.3.6.1.5.5.7.3.8", 8),
          Map.entry("1.3.6.1.5.5.7.3.9", 9),
          Map.entry("1.3.6.1.4.1.311.10.3.3", 10),
          Map.entry("2.16.840.1.113730.4.1", 11),
          Map.entry("1.3.6.1.4.1.311.2.1.22", 12),
          Map.entry("1.3.6.1.4.1.311.61.1.1", 13));

  private X509Json() {}

  /** Go's ExtKeyUsage number for an OID, or -1 for one Go does not name. */
  static int extKeyUsage(String oid) {
    return EXT_KEY_USAGES.getOrDefault(oid, -1);
  }

  /** A certificate's object. */
  static ObjectValue certificate(X509Certificate c) throws DerException {
    Map<String, Value> o = new TreeMap<>();
    try {
      o.put("Raw", bytes(c.getEncoded()));
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new DerException(e.getMessage());
    }
    o.put("Version", NumberValue.of(c.getVersion()));
    o.put("SerialNumber", NumberValue.of(c.getSerialNumber()));
    o.put("Subject", name(c.getSubjectX500Principal().getEncoded()));
    o.put("Issuer", name(c.getIssuerX500Principal().getEncoded()));
    o.put("RawSubject", bytes(c.getSubjectX500Principal().getEncoded()));
    o.put("RawIssuer", bytes(c.getIssuerX500Principal().getEncoded()));
    o.put("RawSubjectPublicKeyInfo", bytes(c.getPublicKey().getEncoded()));
    o.put("Signature", bytes(c.getSignature()));
    o.put("NotBefore", time(c.getNotBefore()));
    o.put("NotAfter", time(c.getNotAfter()));
    o.put("KeyUsage", NumberValue.of(keyUsage(c.getKeyUsage())));
    List<Value> eku = new ArrayList<>();
    try {
      if (c.getExtendedKeyUsage() != null) {
        for (String oid : c.getExtendedKeyUsage()) {
          if (extKeyUsage(oid) >= 0) {
            eku.add(NumberValue.of(extKeyUsage(oid)));
          }
        }
      }
    } catch (CertificateParsingException e) {
      throw new DerException(e.getMessage());
    }
    o.put("ExtKeyUsage", eku.isEmpty() ? NullValue.INSTANCE : new ArrayValue(eku));
    int pathLen = c.getBasicConstraints();
    boolean basic = c.getExtensionValue("2.5.29.19") != null;
    o.put("BasicConstraintsValid", BooleanValue.of(basic));
    o.put("IsCA", BooleanValue.of(pathLen >= 0));
    o.put("MaxPathLen", NumberValue.of(pathLen == Integer.MAX_VALUE || !basic ? -1 : pathLen));
    o.put("MaxPathLenZero", BooleanValue.of(pathLen == 0));
    try {
      altNames(o, c.getSubjectAlternativeNames());
    } catch (CertificateParsingException e) {
      throw new DerException(e.getMessage());
    }
    return ObjectValue.of(toValues(o));
  }

  /** Adds Go's DNSNames, EmailAddresses, IPAddresses and URIStrings (null when there are none). */
  static void altNames(Map<String, Value> o, Collection<List<?>> names) {
    List<Value> dns = new ArrayList<>();
    List<Value> email = new ArrayList<>();
    List<Value> ip = new ArrayList<>();
    List<Value> uri = new ArrayList<>();
    if (names != null) {
      for (List<?> n : names) {
        int type = (Integer) n.get(0);
        if (!(n.get(1) instanceof String s)) {
          continue;
        }
        switch (type) {
          case 1 -> email.add(StringValue.of(s));
          case 2 -> dns.add(StringValue.of(s));
          case 6 -> uri.add(StringValue.of(s));
          case 7 -> ip.add(StringValue.of(s));
          default -> {}
        }
      }
    }
    o.put("DNSNames", list(dns));
    o.put("EmailAddresses", list(email));
    o.put("IPAddresses", list(ip));
    o.put("URIStrings", list(uri));
  }

  /** A DER Name as Go's {@code pkix.Name}. */
  static ObjectValue name(byte[] der) throws DerException {
    Map<String, List<Value>> lists = new TreeMap<>();
    for (String f :
        List.of(
            "Country",
            "Organization",
            "OrganizationalUnit",
            "Locality",
            "Province",
            "StreetAddress",
            "PostalCode")) {
      lists.put(f, new ArrayList<>());
    }
    String cn = "";
    String serial = "";
    List<Value> names = new ArrayList<>();
    for (Der rdn : Der.parse(der).children()) {
      for (Der atv : rdn.children()) {
        List<Der> parts = atv.children();
        if (parts.size() != 2 || parts.get(0).tag() != Der.OID) {
          throw new DerException("invalid attribute");
        }
        List<Long> oid = parts.get(0).oid();
        String value = parts.get(1).text();
        List<Value> arcs = oid.stream().map(a -> (Value) NumberValue.of(a)).toList();
        names.add(
            ObjectValue.of(
                Map.of(
                    StringValue.of("Type"),
                    new ArrayValue(arcs),
                    StringValue.of("Value"),
                    StringValue.of(value))));
        if (oid.size() == 4 && oid.get(0) == 2 && oid.get(1) == 5 && oid.get(2) == 4) {
          switch (oid.get(3).intValue()) {
            case 3 -> cn = value;
            case 5 -> serial = value;
            case 6 -> lists.get("Country").add(StringValue.of(value));
            case 7 -> lists.get("Locality").add(StringValue.of(value));
            case 8 -> lists.get("Province").add(StringValue.of(value));
            case 9 -> lists.get("StreetAddress").add(StringValue.of(value));
            case 10 -> lists.get("Organization").add(StringValue.of(value));
            case 11 -> lists.get("OrganizationalUnit").add(StringValue.of(value));
            case 17 -> lists.get("PostalCode").add(StringValue.of(value));
            default -> {}
          }
        }
      }
    }
    Map<String, Value> o = new TreeMap<>();
    lists.forEach((k, v) -> o.put(k, list(v)));
    o.put("CommonName", StringValue.of(cn));
    o.put("SerialNumber", StringValue.of(serial));
    o.put("Names", list(names));
    o.put("ExtraNames", NullValue.INSTANCE);
    return ObjectValue.of(toValues(o));
  }

  static Value bytes(byte[] b) {
    return StringValue.of(Base64.getEncoder().encodeToString(b));
  }

  static Value list(List<Value> v) {
    return v.isEmpty() ? NullValue.INSTANCE : new ArrayValue(v);
  }

  static Map<Value, Value> toValues(Map<String, Value> o) {
    Map<Value, Value> out = new TreeMap<>();
    o.forEach((k, v) -> out.put(StringValue.of(k), v));
    return out;
  }

  private static Value time(java.util.Date d) {
    return StringValue.of(
        DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .format(d.toInstant().atOffset(ZoneOffset.UTC))
            .replace("+00:00", "Z"));
  }

  private static long keyUsage(boolean[] bits) {
    long v = 0;
    if (bits != null) {
      for (int i = 0; i < bits.length && i < 9; i++) {
        if (bits[i]) {
          v |= 1L << i;
        }
      }
    }
    return v;
  }
}

package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Operands.num;
import static io.eksform.rego.builtins.Operands.str;

import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.UUID;

/**
 * {@code uuid.parse} (fields of an RFC 4122 UUID; time-based versions also decode time, clock
 * sequence and node) and {@code uuid.rfc4122} (a version 4 UUID, stable for a key within a query).
 */
final class UuidBuiltins {
  /** 100-nanosecond intervals between 1582-10-15 and the Unix epoch. */
  private static final BigInteger GREGORIAN_OFFSET = BigInteger.valueOf(0x01B21DD213814000L);

  private UuidBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("uuid.parse", 1, UuidBuiltins::parse);
    r.add("uuid.rfc4122", 1, UuidBuiltins::rfc4122);
  }

  /** The 16 bytes of a UUID written in one of Go's accepted forms, or null. */
  static byte[] bytes(String s) {
    String hex;
    if (s.length() == 45 && s.substring(0, 9).equalsIgnoreCase("urn:uuid:")) {
      s = s.substring(9);
    } else if (s.length() == 38 && s.startsWith("{") && s.endsWith("}")) {
      s = s.substring(1, 37);
    }
    if (s.length() == 36) {
      if (s.charAt(8) != '-' || s.charAt(13) != '-' || s.charAt(18) != '-' || s.charAt(23) != '-') {
        return null;
      }
      hex = s.replace("-", "");
      if (hex.length() != 32) {
        return null;
      }
    } else if (s.length() == 32) {
      hex = s;
    } else {
      return null;
    }
    byte[] out = new byte[16];
    for (int i = 0; i < 16; i++) {
      int hi = Character.digit(hex.charAt(2 * i), 16);
      int lo = Character.digit(hex.charAt(2 * i + 1), 16);
      if (hi < 0 || lo < 0) {
        return null;
      }
      out[i] = (byte) (hi << 4 | lo);
    }
    return out;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
  }

  private static long u32(byte[] b, int at) {
    return (long) u16(b, at) << 16 | u16(b, at + 2);
  }

  private static Value parse(BuiltinContext c, List<Value> a) throws BuiltinException {
    byte[] b = bytes(Operands.string("uuid.parse", a, 1));
    if (b == null) {
      return null;
    }
    int version = (b[6] & 0xff) >> 4;
    TreeMap<Value, Value> out = new TreeMap<>();
    out.put(str("version"), num(version));
    out.put(str("variant"), str(variant(b[8] & 0xff)));
    if (version == 1 || version == 2) {
      long ticks = u32(b, 0) | (long) u16(b, 4) << 32 | (long) (u16(b, 6) & 0xfff) << 48;
      BigInteger nanos =
          BigInteger.valueOf(ticks).subtract(GREGORIAN_OFFSET).multiply(BigInteger.valueOf(100));
      out.put(str("time"), NumberValue.of(BigInteger.valueOf(nanos.longValue())));
      StringBuilder node = new StringBuilder();
      for (int i = 10; i < 16; i++) {
        node.append(i > 10 ? "-" : "").append(String.format(Locale.ROOT, "%02x", b[i] & 0xff));
      }
      out.put(str("nodeid"), str(node.toString()));
      out.put(str("macvariables"), str(macVariables(b[10] & 0xff)));
      out.put(str("clocksequence"), num(u16(b, 8) & 0x3fff));
      if (version == 2) {
        out.put(str("id"), num(u32(b, 0)));
        int domain = b[9] & 0xff;
        out.put(
            str("domain"),
            str(
                switch (domain) {
                  case 0 -> "Person";
                  case 1 -> "Group";
                  case 2 -> "Org";
                  default -> "Domain" + domain;
                }));
      }
    }
    return ObjectValue.wrap(out);
  }

  private static String variant(int b) {
    if ((b & 0xc0) == 0x80) {
      return "RFC4122";
    }
    if ((b & 0xe0) == 0xc0) {
      return "Microsoft";
    }
    if ((b & 0xe0) == 0xe0) {
      return "Future";
    }
    return "Reserved";
  }

  private static String macVariables(int b) {
    if ((b & 0b11) == 0b11) {
      return "local:multicast";
    }
    if ((b & 0b01) == 0b01) {
      return "global:multicast";
    }
    if ((b & 0b10) == 0b10) {
      return "local:unicast";
    }
    return "global:unicast";
  }

  /**
   * A version 4 UUID derived from the key and the query's clock, so one query always sees the same
   * UUID for a key while separate queries see different ones.
   */
  private static Value rfc4122(BuiltinContext c, List<Value> a) throws BuiltinException {
    String key = Operands.string("uuid.rfc4122", a, 1);
    String seed = c.now().toString() + "\u0000" + key;
    UUID named = UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    long msb = (named.getMostSignificantBits() & ~0xF000L) | 0x4000L;
    long lsb = (named.getLeastSignificantBits() & ~(0xC000L << 48)) | (0x8000L << 48);
    return StringValue.of(new UUID(msb, lsb).toString());
  }
}

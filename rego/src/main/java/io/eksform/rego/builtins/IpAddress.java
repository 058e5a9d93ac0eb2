package io.eksform.rego.builtins;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * IP addresses and networks parsed as Go's {@code net.ParseIP} and {@code net.ParseCIDR} do, with
 * no name resolution. IPv4 (also IPv4-mapped IPv6) uses 4 bytes, IPv6 16 bytes.
 */
final class IpAddress {
  private IpAddress() {}

  /** A network: its base address as written (not necessarily masked) and the prefix length. */
  record Net(byte[] ip, int prefix) {
    int bits() {
      return ip.length * 8;
    }

    BigInteger first() {
      return toInt(ip).and(mask(prefix, bits()));
    }

    BigInteger last() {
      return first().or(mask(prefix, bits()).not().and(mask(bits(), bits())));
    }

    boolean contains(byte[] addr) {
      return addr.length == ip.length && toInt(addr).and(mask(prefix, bits())).equals(first());
    }

    /** Go's {@code IPNet.String}. */
    String text() {
      return format(ip) + "/" + prefix;
    }
  }

  static BigInteger mask(int prefix, int bits) {
    BigInteger all = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    return all.shiftRight(bits - prefix).shiftLeft(bits - prefix);
  }

  static BigInteger toInt(byte[] ip) {
    return new BigInteger(1, ip);
  }

  static byte[] fromInt(BigInteger v, int length) {
    byte[] raw = v.toByteArray();
    byte[] out = new byte[length];
    int n = Math.min(raw.length, length);
    System.arraycopy(raw, raw.length - n, out, length - n, n);
    return out;
  }

  /** Go's {@code net.ParseIP}, or null. IPv4-mapped IPv6 addresses come back as 4 bytes. */
  static byte[] parse(String s) {
    byte[] v4 = parseV4(s);
    if (v4 != null) {
      return v4;
    }
    byte[] v6 = parseV6(s);
    if (v6 == null) {
      return null;
    }
    return isV4Mapped(v6) ? Arrays.copyOfRange(v6, 12, 16) : v6;
  }

  private static boolean isV4Mapped(byte[] v6) {
    for (int i = 0; i < 10; i++) {
      if (v6[i] != 0) {
        return false;
      }
    }
    return v6[10] == (byte) 0xff && v6[11] == (byte) 0xff;
  }

  /** Go's {@code net.ParseCIDR}, or null. */
  static Net parseCidr(String s) {
    int slash = s.indexOf('/');
    if (slash < 0) {
      return null;
    }
    String addr = s.substring(0, slash);
    String len = s.substring(slash + 1);
    byte[] ip = parseV4(addr);
    if (ip == null) {
      ip = parseV6(addr);
    }
    if (ip == null
        || len.isEmpty()
        || len.length() > 3
        || !len.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int prefix = Integer.parseInt(len);
    if (prefix > ip.length * 8) {
      return null;
    }
    if (ip.length == 16 && isV4Mapped(ip) && prefix >= 96) {
      ip = Arrays.copyOfRange(ip, 12, 16);
      prefix -= 96;
    }
    return new Net(fromInt(toInt(ip).and(mask(prefix, ip.length * 8)), ip.length), prefix);
  }

  private static byte[] parseV4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    byte[] out = new byte[4];
    for (int i = 0; i < 4; i++) {
      String p = parts[i];
      if (p.isEmpty()
          || p.length() > 3
          || !p.chars().allMatch(c -> c >= '0' && c <= '9')
          || (p.length() > 1 && p.charAt(0) == '0')) {
        return null;
      }
      int v = Integer.parseInt(p);
      if (v > 255) {
        return null;
      }
      out[i] = (byte) v;
    }
    return out;
  }

  private static byte[] parseV6(String s) {
    byte[] out = new byte[16];
    int ellipsis = -1;
    int i = 0;
    int pos = 0;
    if (s.startsWith("::")) {
      ellipsis = 0;
      pos = 2;
      if (pos == s.length()) {
        return out;
      }
    }
    while (i < 16) {
      int end = pos;
      while (end < s.length() && Character.digit(s.charAt(end), 16) >= 0 && end - pos < 5) {
        end++;
      }
      if (end == pos || end - pos > 4) {
        return null;
      }
      if (end < s.length() && s.charAt(end) == '.') {
        if (ellipsis < 0 && i != 12 || i + 4 > 16) {
          return null;
        }
        int stop = s.length();
        byte[] v4 = parseV4(s.substring(pos, stop));
        if (v4 == null) {
          return null;
        }
        System.arraycopy(v4, 0, out, i, 4);
        i += 4;
        pos = stop;
        break;
      }
      int v = Integer.parseInt(s.substring(pos, end), 16);
      out[i] = (byte) (v >> 8);
      out[i + 1] = (byte) v;
      i += 2;
      pos = end;
      if (pos == s.length()) {
        break;
      }
      if (s.charAt(pos) != ':' || pos + 1 == s.length()) {
        return null;
      }
      pos++;
      if (s.charAt(pos) == ':') {
        if (ellipsis >= 0) {
          return null;
        }
        ellipsis = i;
        pos++;
        if (pos == s.length()) {
          break;
        }
      }
    }
    if (pos != s.length()) {
      return null;
    }
    if (i < 16) {
      if (ellipsis < 0) {
        return null;
      }
      int n = 16 - i;
      System.arraycopy(out, ellipsis, out, ellipsis + n, i - ellipsis);
      Arrays.fill(out, ellipsis, ellipsis + n, (byte) 0);
    } else if (ellipsis >= 0) {
      return null;
    }
    return out;
  }

  /** Go's {@code IP.String}: dotted IPv4, RFC 5952 IPv6. */
  static String format(byte[] ip) {
    if (ip.length == 4) {
      return (ip[0] & 0xff) + "." + (ip[1] & 0xff) + "." + (ip[2] & 0xff) + "." + (ip[3] & 0xff);
    }
    if (isV4Mapped(ip)) {
      return format(Arrays.copyOfRange(ip, 12, 16));
    }
    int bestStart = -1;
    int bestLen = 0;
    for (int g = 0; g < 8; ) {
      if (group(ip, g) != 0) {
        g++;
        continue;
      }
      int start = g;
      while (g < 8 && group(ip, g) == 0) {
        g++;
      }
      if (g - start > bestLen && g - start >= 2) {
        bestStart = start;
        bestLen = g - start;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int g = 0; g < 8; g++) {
      if (g == bestStart) {
        out.append("::");
        g += bestLen - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(group(ip, g)));
    }
    return out.toString();
  }

  private static int group(byte[] ip, int g) {
    return ((ip[2 * g] & 0xff) << 8) | (ip[2 * g + 1] & 0xff);
  }
}

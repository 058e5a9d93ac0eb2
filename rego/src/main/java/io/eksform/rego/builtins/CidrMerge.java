package io.eksform.rego.builtins;

import io.eksform.rego.builtins.IpAddress.Net;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code net.cidr_merge}: the smallest set of CIDRs covering the given addresses and networks. Bare
 * IPv4 addresses take their classful default mask, as in Go.
 */
final class CidrMerge {
  private static final String NAME = "net.cidr_merge";

  private CidrMerge() {}

  /** An address range; {@code net} is the original network while it has not been merged. */
  private record Range(int length, BigInteger first, BigInteger last, Net net) {}

  static Value merge(Value operand) throws BuiltinException {
    if (!(operand instanceof ArrayValue) && !(operand instanceof SetValue)) {
      throw BuiltinException.builtin(NAME, "operand must be an array");
    }
    List<Range> ranges = new ArrayList<>();
    for (Value e : Operands.elements(operand)) {
      Net n = network(e);
      ranges.add(new Range(n.ip().length, n.first(), n.last(), n));
    }
    ranges.sort(
        Comparator.comparingInt(Range::length)
            .thenComparing(Range::last)
            .thenComparing(Range::first));
    for (int i = ranges.size() - 1; i > 0; i--) {
      Range cur = ranges.get(i);
      Range prev = ranges.get(i - 1);
      if (cur.length() != prev.length()) {
        continue;
      }
      BigInteger before =
          cur.first().signum() == 0 ? cur.first() : cur.first().subtract(BigInteger.ONE);
      if (before.compareTo(prev.last()) <= 0) {
        ranges.set(i - 1, new Range(cur.length(), prev.first().min(cur.first()), cur.last(), null));
        ranges.remove(i);
      }
    }
    TreeSet<Value> out = new TreeSet<>();
    for (Range r : ranges) {
      if (r.net() != null) {
        out.add(StringValue.of(r.net().text()));
      } else {
        for (Net n : toCidrs(r)) {
          out.add(StringValue.of(n.text()));
        }
      }
    }
    return SetValue.wrap(out);
  }

  private static Net network(Value e) throws BuiltinException {
    if (!(e instanceof StringValue s)) {
      throw BuiltinException.builtin(NAME, "element must be string");
    }
    byte[] ip = IpAddress.parse(s.value());
    if (ip == null) {
      Net n = IpAddress.parseCidr(s.value());
      if (n == null) {
        throw BuiltinException.builtin(NAME, "invalid CIDR address: " + s.value());
      }
      return n;
    }
    if (ip.length != 4) {
      throw BuiltinException.builtin(NAME, "IPv6 invalid: needs prefix length");
    }
    int first = ip[0] & 0xff;
    int prefix = first < 0x80 ? 8 : first < 0xC0 ? 16 : 24;
    return new Net(ip, prefix);
  }

  /** Splits a range into the fewest aligned networks. */
  private static List<Net> toCidrs(Range r) {
    int bits = r.length() * 8;
    List<Net> out = new ArrayList<>();
    BigInteger start = r.first();
    while (start.compareTo(r.last()) <= 0) {
      int size = start.signum() == 0 ? bits : start.getLowestSetBit();
      BigInteger remaining = r.last().subtract(start).add(BigInteger.ONE);
      while (size > 0 && BigInteger.ONE.shiftLeft(size).compareTo(remaining) > 0) {
        size--;
      }
      out.add(new Net(IpAddress.fromInt(start, r.length()), bits - size));
      start = start.add(BigInteger.ONE.shiftLeft(size));
    }
    return out;
  }
}

package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Operands.string;

import io.eksform.rego.builtins.IpAddress.Net;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The {@code net.cidr_*} builtins; addresses are parsed locally, never resolved. */
final class NetBuiltins {
  /** Expanding more addresses than this is refused. */
  static final int MAX_EXPAND = 1 << 20;

  private NetBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add(
        "net.cidr_contains",
        2,
        (c, a) -> BooleanValue.of(contains("net.cidr_contains", a.get(0), a.get(1))));
    r.add("net.cidr_intersects", 2, NetBuiltins::intersects);
    r.add("net.cidr_is_valid", 1, NetBuiltins::isValid);
    r.add("net.cidr_expand", 1, NetBuiltins::expand);
    r.add("net.cidr_contains_matches", 2, NetBuiltins::containsMatches);
    r.add("net.cidr_merge", 1, (c, a) -> CidrMerge.merge(a.get(0)));
  }

  static Net net(String name, Value v) throws BuiltinException {
    if (!(v instanceof StringValue s)) {
      throw Operands.typeError(name, 1, v, "string");
    }
    Net n = IpAddress.parseCidr(s.value());
    if (n == null) {
      throw BuiltinException.builtin(name, "invalid CIDR address: " + s.value());
    }
    return n;
  }

  static boolean contains(String name, Value a, Value b) throws BuiltinException {
    Net outer = net(name, a);
    if (!(b instanceof StringValue s)) {
      throw Operands.typeError(name, 1, b, "string");
    }
    byte[] ip = IpAddress.parse(s.value());
    if (ip != null) {
      return outer.contains(ip);
    }
    Net inner = IpAddress.parseCidr(s.value());
    if (inner == null) {
      throw BuiltinException.builtin(
          name, "not a valid textual representation of an IP address or CIDR: " + s.value());
    }
    int len = outer.ip().length;
    return outer.contains(IpAddress.fromInt(inner.first(), inner.ip().length))
        && inner.ip().length == len
        && outer.contains(IpAddress.fromInt(inner.last(), len));
  }

  private static Value intersects(BuiltinContext c, List<Value> a) throws BuiltinException {
    Net x = net("net.cidr_intersects", a.get(0));
    Net y = net("net.cidr_intersects", a.get(1));
    return BooleanValue.of(x.contains(y.ip()) || y.contains(x.ip()));
  }

  private static Value isValid(BuiltinContext c, List<Value> a) {
    return BooleanValue.of(
        a.get(0) instanceof StringValue s && IpAddress.parseCidr(s.value()) != null);
  }

  private static Value expand(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "net.cidr_expand";
    string(name, a, 1);
    Net n = net(name, a.get(0));
    BigInteger count = n.last().subtract(n.first()).add(BigInteger.ONE);
    if (count.compareTo(BigInteger.valueOf(MAX_EXPAND)) > 0) {
      throw BuiltinException.builtin(
          name, "too many addresses: more than " + MAX_EXPAND + " in " + n.text());
    }
    TreeSet<Value> out = new TreeSet<>();
    for (BigInteger i = n.first(); i.compareTo(n.last()) <= 0; i = i.add(BigInteger.ONE)) {
      out.add(StringValue.of(IpAddress.format(IpAddress.fromInt(i, n.ip().length))));
    }
    return SetValue.wrap(out);
  }

  /** One candidate of {@code net.cidr_contains_matches}: the CIDR text and its key. */
  private record Candidate(Value cidr, Value key) {}

  private static List<Candidate> candidates(int operand, Value v) throws BuiltinException {
    List<Candidate> out = new java.util.ArrayList<>();
    if (v instanceof StringValue) {
      out.add(new Candidate(v, v));
    } else if (v instanceof ArrayValue arr) {
      for (int i = 0; i < arr.size(); i++) {
        out.add(new Candidate(cidrOf(operand, arr.get(i)), NumberValue.of(i)));
      }
    } else if (v instanceof SetValue s) {
      for (Value e : s.elements()) {
        out.add(new Candidate(cidrOf(operand, e), e));
      }
    } else if (v instanceof ObjectValue o) {
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        out.add(new Candidate(cidrOf(operand, e.getValue()), e.getKey()));
      }
    }
    return out;
  }

  private static Value cidrOf(int operand, Value v) throws BuiltinException {
    if (v instanceof StringValue) {
      return v;
    }
    if (v instanceof ArrayValue arr && arr.size() > 0) {
      return arr.get(0);
    }
    throw BuiltinException.builtin(
        "net.cidr_contains_matches",
        "operand " + operand + ": element must be string or non-empty array");
  }

  private static Value containsMatches(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "net.cidr_contains_matches";
    List<Candidate> outer = candidates(1, a.get(0));
    List<Candidate> inner = candidates(2, a.get(1));
    TreeSet<Value> out = new TreeSet<>();
    for (Candidate x : outer) {
      for (Candidate y : inner) {
        if (contains(name, x.cidr(), y.cidr())) {
          out.add(ArrayValue.of(x.key(), y.key()));
        }
      }
    }
    return SetValue.wrap(out);
  }
}

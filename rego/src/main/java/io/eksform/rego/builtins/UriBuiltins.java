package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Operands.str;

import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * {@code uri.parse} and {@code uri.is_valid}, splitting a URI as Go's {@code net/url} does: scheme,
 * host name, port, path (decoded and as written) and fragment; empty parts are left out.
 */
final class UriBuiltins {
  private UriBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("uri.parse", 1, UriBuiltins::parse);
    r.add("uri.is_valid", 1, UriBuiltins::isValid);
  }

  /** The parts of a URI; absent parts are empty strings. */
  record Parts(
      String scheme,
      String host,
      String port,
      String path,
      String rawPath,
      String query,
      String fragment) {}

  /** A malformed URI, with Go's wording. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  static Parts split(String uri) throws Malformed {
    String rest = uri;
    String fragment = "";
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      fragment = unescape(rest.substring(hash + 1));
      rest = rest.substring(0, hash);
    }
    for (int i = 0; i < rest.length(); i++) {
      char ch = rest.charAt(i);
      if (ch < 0x20 || ch == 0x7f) {
        throw new Malformed("net/url: invalid control character in URL");
      }
    }
    String scheme = "";
    for (int i = 0; i < rest.length(); i++) {
      char ch = rest.charAt(i);
      if (Character.isLetter(ch) && ch < 128) {
        continue;
      }
      if (i > 0 && ((ch >= '0' && ch <= '9') || ch == '+' || ch == '-' || ch == '.')) {
        continue;
      }
      if (ch == ':') {
        if (i == 0) {
          throw new Malformed("missing protocol scheme");
        }
        scheme = rest.substring(0, i).toLowerCase(Locale.ROOT);
        rest = rest.substring(i + 1);
      }
      break;
    }
    String query = "";
    int q = rest.indexOf('?');
    if (q >= 0) {
      query = rest.substring(q + 1);
      rest = rest.substring(0, q);
    }
    if (!rest.startsWith("/") && !scheme.isEmpty()) {
      return new Parts(scheme, "", "", "", "", query, fragment);
    }
    String host = "";
    String port = "";
    if (rest.startsWith("//")) {
      int slash = rest.indexOf('/', 2);
      String authority = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
      rest = slash < 0 ? "" : rest.substring(slash);
      int at = authority.lastIndexOf('@');
      String hostPort = at < 0 ? authority : authority.substring(at + 1);
      if (hostPort.startsWith("[")) {
        int close = hostPort.indexOf(']');
        if (close < 0) {
          throw new Malformed("missing ']' in host");
        }
        host = hostPort.substring(1, close);
        String after = hostPort.substring(close + 1);
        if (!after.isEmpty()) {
          if (!after.startsWith(":")) {
            throw new Malformed("invalid port " + GoQuote.quote(after) + " after host");
          }
          port = after.substring(1);
        }
      } else {
        int colon = hostPort.lastIndexOf(':');
        host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        port = colon < 0 ? "" : hostPort.substring(colon + 1);
      }
      if (!port.chars().allMatch(Character::isDigit)) {
        throw new Malformed("invalid port " + GoQuote.quote(":" + port) + " after host");
      }
    } else if (scheme.isEmpty()) {
      int slash = rest.indexOf('/');
      String first = slash < 0 ? rest : rest.substring(0, slash);
      if (first.contains(":")) {
        throw new Malformed("first path segment in URL cannot contain colon");
      }
    }
    String path = unescape(rest);
    return new Parts(scheme, host, port, path, rest, query, fragment);
  }

  private static Value parse(BuiltinContext c, List<Value> a) throws BuiltinException {
    String uri = Operands.string("uri.parse", a, 1);
    Parts p;
    try {
      p = split(uri);
    } catch (Malformed e) {
      throw BuiltinException.builtin(
          "uri.parse", "parse " + GoQuote.quote(uri) + ": " + e.getMessage());
    }
    TreeMap<Value, Value> out = new TreeMap<>();
    put(out, "scheme", p.scheme());
    put(out, "hostname", p.host());
    put(out, "port", p.port());
    put(out, "path", p.path());
    put(out, "raw_path", p.path().isEmpty() ? "" : p.rawPath());
    put(out, "raw_query", p.query());
    put(out, "fragment", p.fragment());
    return ObjectValue.wrap(out);
  }

  private static void put(TreeMap<Value, Value> out, String key, String value) {
    if (!value.isEmpty()) {
      out.put(str(key), str(value));
    }
  }

  private static Value isValid(BuiltinContext c, List<Value> a) {
    if (!(a.get(0) instanceof StringValue s) || s.value().isEmpty()) {
      return BooleanValue.FALSE;
    }
    try {
      split(s.value());
      return BooleanValue.TRUE;
    } catch (Malformed e) {
      return BooleanValue.FALSE;
    }
  }

  /** Percent-decoding as in paths and fragments, where {@code +} stays a plus sign. */
  private static String unescape(String s) throws Malformed {
    try {
      return UrlQueryBuiltins.unescape("uri.parse", s.replace("+", "%2B"));
    } catch (BuiltinException e) {
      throw new Malformed(e.getMessage().substring("uri.parse: ".length()));
    }
  }
}

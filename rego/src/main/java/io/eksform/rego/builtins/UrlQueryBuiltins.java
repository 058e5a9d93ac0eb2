package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Operands.str;
import static io.eksform.rego.builtins.Operands.string;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import io.eksform.rego.value.ValuePrinter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code urlquery.*}: query-string escaping as Go's {@code net/url} does it. */
final class UrlQueryBuiltins {
  private UrlQueryBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("urlquery.encode", 1, (c, a) -> str(escape(string("urlquery.encode", a, 1))));
    r.add(
        "urlquery.decode",
        1,
        (c, a) -> str(unescape("urlquery.decode", string("urlquery.decode", a, 1))));
    r.add("urlquery.encode_object", 1, UrlQueryBuiltins::encodeObject);
    r.add("urlquery.decode_object", 1, UrlQueryBuiltins::decodeObject);
  }

  /** Go's {@code url.QueryEscape}. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        out.append((char) c);
      } else if (c == ' ') {
        out.append('+');
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  /** Go's {@code url.QueryUnescape}. */
  static String unescape(String name, String s) throws BuiltinException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] in = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < in.length; i++) {
      byte b = in[i];
      if (b == '+') {
        out.write(' ');
      } else if (b == '%') {
        if (i + 2 >= in.length
            || Character.digit(in[i + 1], 16) < 0
            || Character.digit(in[i + 2], 16) < 0) {
          String bad = new String(in, i, Math.min(3, in.length - i), StandardCharsets.UTF_8);
          throw BuiltinException.builtin(name, "invalid URL escape " + GoQuote.quote(bad));
        }
        out.write(Character.digit(in[i + 1], 16) * 16 + Character.digit(in[i + 2], 16));
        i += 2;
      } else {
        out.write(b);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Value encodeObject(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "urlquery.encode_object";
    ObjectValue obj = Operands.object(name, a, 1);
    TreeMap<String, List<String>> query = new TreeMap<>();
    for (Map.Entry<Value, Value> e : obj.entries().entrySet()) {
      String key = ValuePrinter.keyText(e.getKey());
      List<String> values = new ArrayList<>();
      Value v = e.getValue();
      if (v instanceof StringValue s) {
        values.add(s.value());
      } else if (v instanceof ArrayValue || v instanceof SetValue) {
        for (Value x : Operands.elements(v)) {
          if (!(x instanceof StringValue xs)) {
            throw badValues(name);
          }
          values.add(xs.value());
        }
      } else {
        throw badValues(name);
      }
      query.put(key, values);
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      for (String v : e.getValue()) {
        if (out.length() > 0) {
          out.append('&');
        }
        out.append(escape(e.getKey())).append('=').append(escape(v));
      }
    }
    return str(out.toString());
  }

  private static BuiltinException badValues(String name) {
    return Operands.operandError(name, 1, "values must be string, array[string], or set[string]");
  }

  private static Value decodeObject(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "urlquery.decode_object";
    String query = string(name, a, 1);
    Map<String, List<Value>> params = new LinkedHashMap<>();
    for (String part : query.split("&", -1)) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.contains(";")) {
        throw BuiltinException.builtin(name, "invalid semicolon separator in query");
      }
      int eq = part.indexOf('=');
      String k = unescape(name, eq < 0 ? part : part.substring(0, eq));
      String v = eq < 0 ? "" : unescape(name, part.substring(eq + 1));
      params.computeIfAbsent(k, x -> new ArrayList<>()).add(StringValue.of(v));
    }
    TreeMap<Value, Value> out = new TreeMap<>();
    params.forEach((k, v) -> out.put(StringValue.of(k), new ArrayValue(v)));
    return ObjectValue.wrap(out);
  }
}

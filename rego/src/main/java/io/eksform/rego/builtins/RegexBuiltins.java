package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Operands.str;
import static io.eksform.rego.builtins.Operands.string;

import com.google.re2j.Pattern;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** The {@code regex.*} builtins over RE2 patterns, with Go's matching and replacement rules. */
final class RegexBuiltins {
  private RegexBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("regex.is_valid", 1, RegexBuiltins::isValid);
    r.add("regex.match", 2, (c, a) -> match("regex.match", a));
    r.add("regex.split", 2, RegexBuiltins::split);
    r.add("regex.find_n", 3, RegexBuiltins::findN);
    r.add("regex.find_all_string_submatch_n", 3, RegexBuiltins::findAllSubmatch);
    r.add("regex.replace", 3, RegexBuiltins::replace);
  }

  private static Value isValid(BuiltinContext c, List<Value> a) {
    return BooleanValue.of(a.get(0) instanceof StringValue s && GoRegex.isValid(s.value()));
  }

  static Value match(String name, List<Value> a) throws BuiltinException {
    Pattern p = GoRegex.compile(name, string(name, a, 1));
    return BooleanValue.of(p.matcher(string(name, a, 2)).find());
  }

  private static Value split(BuiltinContext c, List<Value> a) throws BuiltinException {
    Pattern p = GoRegex.compile("regex.split", string("regex.split", a, 1));
    return StringBuiltins.strings(GoRegex.split(p, string("regex.split", a, 2)));
  }

  private static Value findN(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "regex.find_n";
    String pattern = string(name, a, 1);
    String s = string(name, a, 2);
    int n = Operands.clampedInteger(name, a, 3);
    Pattern p = GoRegex.compile(name, pattern);
    List<Value> out = new ArrayList<>();
    for (int[] m : GoRegex.findAll(p, s, n)) {
      out.add(str(s.substring(m[0], m[1])));
    }
    return new ArrayValue(out);
  }

  private static Value findAllSubmatch(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "regex.find_all_string_submatch_n";
    String pattern = string(name, a, 1);
    String s = string(name, a, 2);
    int n = Operands.clampedInteger(name, a, 3);
    Pattern p = GoRegex.compile(name, pattern);
    List<Value> out = new ArrayList<>();
    for (int[] m : GoRegex.findAll(p, s, n)) {
      List<Value> groups = new ArrayList<>();
      for (int g = 0; g < m.length; g += 2) {
        groups.add(str(m[g] < 0 ? "" : s.substring(m[g], m[g + 1])));
      }
      out.add(new ArrayValue(groups));
    }
    return new ArrayValue(out);
  }

  private static Value replace(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "regex.replace";
    String s = string(name, a, 1);
    String pattern = string(name, a, 2);
    String value = string(name, a, 3);
    return str(GoRegex.replaceAll(GoRegex.compile(name, pattern), s, value));
  }

  /** Go's {@code regexp.QuoteMeta}. */
  static String quoteMeta(String s) {
    StringBuilder out = new StringBuilder(s.length() * 2);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if ("\\.+*?()|[]{}^$".indexOf(ch) >= 0) {
        out.append('\\');
      }
      out.append(ch);
    }
    return out.toString();
  }
}

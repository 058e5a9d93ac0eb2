package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Operands.str;
import static io.eksform.rego.builtins.Operands.string;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Trimming, replacing and prefix/suffix matching of strings, following Go's strings package. */
final class TrimBuiltins {
  private TrimBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("trim", 2, (c, a) -> cutset("trim", a, true, true));
    r.add("trim_left", 2, (c, a) -> cutset("trim_left", a, true, false));
    r.add("trim_right", 2, (c, a) -> cutset("trim_right", a, false, true));
    r.add(
        "trim_space",
        1,
        (c, a) -> str(Text.trim(string("trim_space", a, 1), Text::isGoSpace, true, true)));
    r.add("trim_prefix", 2, TrimBuiltins::trimPrefix);
    r.add("trim_suffix", 2, TrimBuiltins::trimSuffix);
    r.add("replace", 3, TrimBuiltins::replace);
    r.add("strings.replace_n", 2, TrimBuiltins::replaceN);
    r.add("strings.any_prefix_match", 2, (c, a) -> anyMatch("strings.any_prefix_match", a, false));
    r.add("strings.any_suffix_match", 2, (c, a) -> anyMatch("strings.any_suffix_match", a, true));
  }

  private static Value cutset(String name, List<Value> a, boolean left, boolean right)
      throws BuiltinException {
    String s = string(name, a, 1);
    String cut = string(name, a, 2);
    return str(Text.trim(s, cp -> cut.indexOf(Character.toString(cp)) >= 0, left, right));
  }

  private static Value trimPrefix(BuiltinContext c, List<Value> a) throws BuiltinException {
    String s = string("trim_prefix", a, 1);
    String p = string("trim_prefix", a, 2);
    return str(s.startsWith(p) ? s.substring(p.length()) : s);
  }

  private static Value trimSuffix(BuiltinContext c, List<Value> a) throws BuiltinException {
    String s = string("trim_suffix", a, 1);
    String p = string("trim_suffix", a, 2);
    return str(s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s);
  }

  private static Value replace(BuiltinContext c, List<Value> a) throws BuiltinException {
    String s = string("replace", a, 1);
    String old = string("replace", a, 2);
    String neu = string("replace", a, 3);
    return str(Text.replace(s, List.of(old), List.of(neu)));
  }

  private static Value replaceN(BuiltinContext c, List<Value> a) throws BuiltinException {
    ObjectValue patterns = Operands.object("strings.replace_n", a, 1);
    String s = string("strings.replace_n", a, 2);
    List<String> olds = new ArrayList<>();
    List<String> news = new ArrayList<>();
    for (Map.Entry<Value, Value> e : patterns.entries().entrySet()) {
      if (!(e.getKey() instanceof StringValue k)) {
        throw Operands.operandError(
            "strings.replace_n", 1, "non-string key found in pattern object");
      }
      if (!(e.getValue() instanceof StringValue v)) {
        throw Operands.operandError(
            "strings.replace_n", 1, "non-string value found in pattern object");
      }
      olds.add(k.value());
      news.add(v.value());
    }
    return str(Text.replace(s, olds, news));
  }

  private static Value anyMatch(String name, List<Value> a, boolean suffix)
      throws BuiltinException {
    List<String> subjects = stringOrStrings(name, a, 1);
    List<String> affixes = stringOrStrings(name, a, 2);
    for (String s : subjects) {
      for (String p : affixes) {
        if (suffix ? s.endsWith(p) : s.startsWith(p)) {
          return BooleanValue.TRUE;
        }
      }
    }
    return BooleanValue.FALSE;
  }

  private static List<String> stringOrStrings(String name, List<Value> a, int position)
      throws BuiltinException {
    Value v = a.get(position - 1);
    if (v instanceof StringValue s) {
      return List.of(s.value());
    }
    if (v instanceof ArrayValue || v instanceof SetValue) {
      return Operands.strings(name, position, v);
    }
    throw Operands.typeError(name, position, v, "string", "set", "array");
  }
}

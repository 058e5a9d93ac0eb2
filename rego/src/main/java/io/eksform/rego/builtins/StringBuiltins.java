package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Operands.num;
import static io.eksform.rego.builtins.Operands.str;
import static io.eksform.rego.builtins.Operands.string;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The core string builtins: searching, slicing, splitting, joining and case. Positions and lengths
 * count Unicode code points.
 */
final class StringBuiltins {
  private StringBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("concat", 2, StringBuiltins::concat);
    r.add(
        "contains",
        2,
        (c, a) -> BooleanValue.of(string("contains", a, 1).contains(string("contains", a, 2))));
    r.add(
        "startswith",
        2,
        (c, a) ->
            BooleanValue.of(string("startswith", a, 1).startsWith(string("startswith", a, 2))));
    r.add(
        "endswith",
        2,
        (c, a) -> BooleanValue.of(string("endswith", a, 1).endsWith(string("endswith", a, 2))));
    r.add("lower", 1, (c, a) -> str(Text.lower(string("lower", a, 1))));
    r.add("upper", 1, (c, a) -> str(Text.upper(string("upper", a, 1))));
    r.add("indexof", 2, StringBuiltins::indexOf);
    r.add("indexof_n", 2, StringBuiltins::indexOfN);
    r.add("substring", 3, StringBuiltins::substring);
    r.add("split", 2, (c, a) -> strings(Text.split(string("split", a, 1), string("split", a, 2))));
    r.add("strings.split_n", 3, StringBuiltins::splitN);
    r.add(
        "strings.count",
        2,
        (c, a) -> num(Text.count(string("strings.count", a, 1), string("strings.count", a, 2))));
    r.add("strings.reverse", 1, (c, a) -> str(reverse(string("strings.reverse", a, 1))));
  }

  static ArrayValue strings(List<String> parts) {
    List<Value> out = new ArrayList<>(parts.size());
    for (String p : parts) {
      out.add(StringValue.of(p));
    }
    return new ArrayValue(out);
  }

  private static Value concat(BuiltinContext c, List<Value> a) throws BuiltinException {
    String sep = string("concat", a, 1);
    Value coll = a.get(1);
    if (!(coll instanceof ArrayValue) && !(coll instanceof SetValue)) {
      throw Operands.typeError("concat", 2, coll, "set", "array");
    }
    return str(String.join(sep, Operands.strings("concat", 2, coll)));
  }

  private static Value indexOf(BuiltinContext c, List<Value> a) throws BuiltinException {
    List<Integer> hits = find("indexof", a, true);
    return num(hits.isEmpty() ? -1 : hits.get(0));
  }

  private static Value indexOfN(BuiltinContext c, List<Value> a) throws BuiltinException {
    List<Value> out = new ArrayList<>();
    for (int i : find("indexof_n", a, false)) {
      out.add(num(i));
    }
    return new ArrayValue(out);
  }

  /** Code-point positions where the needle starts (overlapping matches included). */
  private static List<Integer> find(String name, List<Value> a, boolean firstOnly)
      throws BuiltinException {
    int[] base = Text.codePoints(string(name, a, 1));
    int[] needle = Text.codePoints(string(name, a, 2));
    if (needle.length == 0) {
      throw BuiltinException.builtin(name, "empty search character");
    }
    List<Integer> out = new ArrayList<>();
    outer:
    for (int i = 0; i + needle.length <= base.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (base[i + j] != needle[j]) {
          continue outer;
        }
      }
      out.add(i);
      if (firstOnly) {
        break;
      }
    }
    return out;
  }

  private static Value substring(BuiltinContext c, List<Value> a) throws BuiltinException {
    String s = string("substring", a, 1);
    int start = Operands.clampedInteger("substring", a, 2);
    int length = Operands.clampedInteger("substring", a, 3);
    if (start < 0) {
      throw BuiltinException.builtin("substring", "negative offset");
    }
    int[] cps = Text.codePoints(s);
    if (start >= cps.length) {
      return str("");
    }
    int end = length < 0 ? cps.length : (int) Math.min(cps.length, (long) start + length);
    return str(Text.fromCodePoints(cps, start, end));
  }

  private static Value splitN(BuiltinContext c, List<Value> a) throws BuiltinException {
    String s = string("strings.split_n", a, 1);
    String sep = string("strings.split_n", a, 2);
    int n = Operands.clampedInteger("strings.split_n", a, 3);
    List<String> parts = Text.split(s, sep);
    if (n >= 0) {
      return strings(parts.subList(0, Math.min(n, parts.size())));
    }
    return strings(parts.subList(Math.max(0, parts.size() + n), parts.size()));
  }

  static String reverse(String s) {
    int[] cps = Text.codePoints(s);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = cps.length - 1; i >= 0; i--) {
      out.appendCodePoint(cps[i]);
    }
    return out.toString();
  }
}

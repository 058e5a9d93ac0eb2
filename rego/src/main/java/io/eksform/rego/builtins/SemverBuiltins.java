package io.eksform.rego.builtins;

import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code semver.is_valid} and {@code semver.compare} with OPA's reading of versions: an optional
 * leading {@code v}, {@code MAJOR.MINOR.PATCH} as 64-bit integers, an optional {@code -pre.release}
 * and {@code +build}; build metadata plays no part in comparisons.
 */
final class SemverBuiltins {
  private static final Pattern IDENTIFIERS = Pattern.compile("[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*");
  private static final Pattern INT64 = Pattern.compile("[+-]?[0-9]+");

  private SemverBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add(
        "semver.is_valid",
        1,
        (c, a) -> BooleanValue.of(a.get(0) instanceof StringValue s && parse(s.value()) != null));
    r.add("semver.compare", 2, SemverBuiltins::compare);
  }

  /** A version; build metadata plays no part in ordering. */
  record Version(long major, long minor, long patch, String pre) {}

  /** The version, or null when the text is not one. */
  static Version parse(String text) {
    String v = text.startsWith("v") ? text.substring(1) : text;
    String metadata = "";
    int plus = v.indexOf('+');
    if (plus >= 0) {
      metadata = v.substring(plus + 1);
      v = v.substring(0, plus);
    }
    String pre = "";
    int dash = v.indexOf('-');
    if (dash >= 0) {
      pre = v.substring(dash + 1);
      v = v.substring(0, dash);
    }
    String[] parts = v.split("\\.", 3);
    if (parts.length != 3) {
      return null;
    }
    if ((!pre.isEmpty() && !IDENTIFIERS.matcher(pre).matches())
        || (!metadata.isEmpty() && !IDENTIFIERS.matcher(metadata).matches())) {
      return null;
    }
    long[] numbers = new long[3];
    for (int i = 0; i < 3; i++) {
      if (!INT64.matcher(parts[i]).matches()) {
        return null;
      }
      try {
        numbers[i] = Long.parseLong(parts[i].startsWith("+") ? parts[i].substring(1) : parts[i]);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return new Version(numbers[0], numbers[1], numbers[2], pre);
  }

  private static Version operand(List<Value> a, int position) throws BuiltinException {
    String s = Operands.string("semver.compare", a, position);
    Version v = parse(s);
    if (v == null) {
      throw BuiltinException.builtin(
          "semver.compare",
          "operand " + position + ": string " + GoQuote.quote(s) + " is not a valid SemVer");
    }
    return v;
  }

  private static Value compare(BuiltinContext c, List<Value> a) throws BuiltinException {
    Version x = operand(a, 1);
    Version y = operand(a, 2);
    int cmp = Long.compare(x.major(), y.major());
    if (cmp == 0) {
      cmp = Long.compare(x.minor(), y.minor());
    }
    if (cmp == 0) {
      cmp = Long.compare(x.patch(), y.patch());
    }
    if (cmp == 0) {
      cmp = comparePre(x.pre(), y.pre());
    }
    return NumberValue.of(Integer.signum(cmp));
  }

  /**
   * A release sorts after its pre-releases; identifiers compare numerically when both are numbers
   * (numbers first), otherwise as text, and a shorter list sorts first.
   */
  private static int comparePre(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() ? 1 : -1;
    }
    List<String> x = Arrays.asList(a.split("\\.", -1));
    List<String> y = Arrays.asList(b.split("\\.", -1));
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      Long xn = number(x.get(i));
      Long yn = number(y.get(i));
      if (xn != null && yn == null) {
        return -1;
      }
      if (xn == null && yn != null) {
        return 1;
      }
      int cmp = xn != null ? Long.compare(xn, yn) : x.get(i).compareTo(y.get(i));
      if (cmp != 0) {
        return cmp;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  private static Long number(String s) {
    if (s.isEmpty() || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return null;
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return 0L;
    }
  }
}

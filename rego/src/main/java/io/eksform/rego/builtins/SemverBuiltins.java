package io.eksform.rego.builtins;

import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.math.BigInteger;
import java.util.List;

/** {@code semver.is_valid} and {@code semver.compare} for Semantic Versioning 2.0.0 strings. */
final class SemverBuiltins {
  private static final com.google.re2j.Pattern SEMVER =
      com.google.re2j.Pattern.compile(
          "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
              + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)"
              + "(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
              + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");

  private SemverBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add(
        "semver.is_valid",
        1,
        (c, a) ->
            BooleanValue.of(
                a.get(0) instanceof StringValue s && SEMVER.matcher(s.value()).matches()));
    r.add("semver.compare", 2, SemverBuiltins::compare);
  }

  /** A parsed version; build metadata plays no part in ordering. */
  private record Version(BigInteger major, BigInteger minor, BigInteger patch, String pre) {}

  private static Version parse(List<Value> a, int position) throws BuiltinException {
    String s = Operands.string("semver.compare", a, position);
    com.google.re2j.Matcher m = SEMVER.matcher(s);
    if (!m.matches()) {
      throw BuiltinException.builtin(
          "semver.compare",
          "operand " + position + ": string " + GoQuote.quote(s) + " is not a valid SemVer");
    }
    return new Version(
        new BigInteger(m.group(1)),
        new BigInteger(m.group(2)),
        new BigInteger(m.group(3)),
        m.group(4) == null ? "" : m.group(4));
  }

  private static Value compare(BuiltinContext c, List<Value> a) throws BuiltinException {
    Version x = parse(a, 1);
    Version y = parse(a, 2);
    int cmp = x.major().compareTo(y.major());
    if (cmp == 0) {
      cmp = x.minor().compareTo(y.minor());
    }
    if (cmp == 0) {
      cmp = x.patch().compareTo(y.patch());
    }
    if (cmp == 0) {
      cmp = comparePre(x.pre(), y.pre());
    }
    return NumberValue.of(Integer.signum(cmp));
  }

  /** A version with a pre-release sorts first; identifiers compare numerically or by ASCII. */
  private static int comparePre(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isEmpty(), b.isEmpty());
    }
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      boolean xn = x[i].chars().allMatch(Character::isDigit);
      boolean yn = y[i].chars().allMatch(Character::isDigit);
      int cmp;
      if (xn && yn) {
        cmp = new BigInteger(x[i]).compareTo(new BigInteger(y[i]));
      } else if (xn || yn) {
        cmp = xn ? -1 : 1;
      } else {
        cmp = x[i].compareTo(y[i]);
      }
      if (cmp != 0) {
        return cmp;
      }
    }
    return Integer.compare(x.length, y.length);
  }
}

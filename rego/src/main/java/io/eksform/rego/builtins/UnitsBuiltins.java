package io.eksform.rego.builtins;

import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code units.parse} (SI and binary SI suffixes, {@code m} for milli) and {@code
 * units.parse_bytes} (byte amounts, case-insensitive units, truncated to an integer).
 */
final class UnitsBuiltins {
  /** More exponent digits than this are refused rather than computed. */
  private static final int MAX_EXPONENT_DIGITS = 6;

  private static final Map<String, BigDecimal> SI =
      Map.ofEntries(
          Map.entry("", BigDecimal.ONE),
          Map.entry("m", new BigDecimal("0.001")),
          Map.entry("k", pow10(3)),
          Map.entry("K", pow10(3)),
          Map.entry("M", pow10(6)),
          Map.entry("g", pow10(9)),
          Map.entry("G", pow10(9)),
          Map.entry("t", pow10(12)),
          Map.entry("T", pow10(12)),
          Map.entry("p", pow10(15)),
          Map.entry("P", pow10(15)),
          Map.entry("e", pow10(18)),
          Map.entry("E", pow10(18)),
          Map.entry("ki", pow2(10)),
          Map.entry("Ki", pow2(10)),
          Map.entry("mi", pow2(20)),
          Map.entry("Mi", pow2(20)),
          Map.entry("gi", pow2(30)),
          Map.entry("Gi", pow2(30)),
          Map.entry("ti", pow2(40)),
          Map.entry("Ti", pow2(40)),
          Map.entry("pi", pow2(50)),
          Map.entry("Pi", pow2(50)),
          Map.entry("ei", pow2(60)),
          Map.entry("Ei", pow2(60)));

  private static final Map<String, BigDecimal> BYTES =
      Map.ofEntries(
          Map.entry("", BigDecimal.ONE),
          Map.entry("kb", pow10(3)),
          Map.entry("k", pow10(3)),
          Map.entry("kib", pow2(10)),
          Map.entry("ki", pow2(10)),
          Map.entry("mb", pow10(6)),
          Map.entry("m", pow10(6)),
          Map.entry("mib", pow2(20)),
          Map.entry("mi", pow2(20)),
          Map.entry("gb", pow10(9)),
          Map.entry("g", pow10(9)),
          Map.entry("gib", pow2(30)),
          Map.entry("gi", pow2(30)),
          Map.entry("tb", pow10(12)),
          Map.entry("t", pow10(12)),
          Map.entry("tib", pow2(40)),
          Map.entry("ti", pow2(40)),
          Map.entry("pb", pow10(15)),
          Map.entry("p", pow10(15)),
          Map.entry("pib", pow2(50)),
          Map.entry("pi", pow2(50)),
          Map.entry("eb", pow10(18)),
          Map.entry("e", pow10(18)),
          Map.entry("eib", pow2(60)),
          Map.entry("ei", pow2(60)));

  private UnitsBuiltins() {}

  private static BigDecimal pow10(int n) {
    return BigDecimal.TEN.pow(n);
  }

  private static BigDecimal pow2(int n) {
    return new BigDecimal(java.math.BigInteger.ONE.shiftLeft(n));
  }

  static void register(BuiltinRegistry r) {
    r.add("units.parse", 1, UnitsBuiltins::parse);
    r.add("units.parse_bytes", 1, UnitsBuiltins::parseBytes);
  }

  private static Value parse(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "units.parse";
    String s = Operands.string(name, a, 1).replace("\"", "");
    String[] parts = split(name, s, "");
    String unit = parts[1];
    if (unit.length() > 1) {
      unit = unit.charAt(0) + unit.substring(1).toLowerCase(Locale.ROOT);
    }
    BigDecimal scale = SI.get(unit);
    if (scale == null) {
      throw BuiltinException.builtin(name, "unit " + unit + " not recognized");
    }
    BigDecimal result =
        number(name, parts[0], "could not parse amount to a number").multiply(scale);
    if (result.signum() == 0 || result.stripTrailingZeros().scale() <= 0) {
      return NumberValue.of(result.toBigInteger());
    }
    return NumberValue.of(result.setScale(10, RoundingMode.HALF_UP));
  }

  private static Value parseBytes(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "units.parse_bytes";
    String s = Operands.string(name, a, 1).toLowerCase(Locale.ROOT).replace("\"", "");
    String[] parts = split(name, s, "byte ");
    BigDecimal scale = BYTES.get(parts[1]);
    if (scale == null) {
      throw BuiltinException.builtin(name, "byte unit " + parts[1] + " not recognized");
    }
    BigDecimal amount = number(name, parts[0], "could not parse byte amount to a number");
    return NumberValue.of(amount.multiply(scale).toBigInteger());
  }

  /** Splits into amount and unit, checking spaces, a missing amount and huge exponents. */
  private static String[] split(String name, String s, String noun) throws BuiltinException {
    if (s.contains(" ")) {
      throw BuiltinException.builtin(name, "spaces not allowed in resource strings");
    }
    int boundary = -1;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      boolean numeric = (ch >= '0' && ch <= '9') || ch == '.';
      if (!numeric && ch != 'e' && ch != 'E' && ch != '+' && ch != '-') {
        boundary = i;
        break;
      }
      if (ch == 'e' || ch == 'E') {
        if (i == s.length() - 1 || !startsExponent(s.charAt(i + 1))) {
          boundary = i;
          break;
        }
        if (s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-') {
          i++;
        }
        int start = i + 1;
        int end = start;
        while (end < s.length() && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
          end++;
        }
        if (end - start > MAX_EXPONENT_DIGITS) {
          throw BuiltinException.builtin(name, "exponent too large");
        }
      }
    }
    String amount = boundary < 0 ? s : s.substring(0, boundary);
    String unit = boundary < 0 ? "" : s.substring(boundary);
    if (amount.isEmpty()) {
      throw BuiltinException.builtin(name, "no " + noun + "amount provided");
    }
    return new String[] {amount, unit};
  }

  private static boolean startsExponent(char ch) {
    return (ch >= '0' && ch <= '9') || ch == '+' || ch == '-';
  }

  private static BigDecimal number(String name, String text, String error) throws BuiltinException {
    try {
      if (!text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
        throw new NumberFormatException();
      }
      return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
    } catch (NumberFormatException | ArithmeticException e) {
      throw BuiltinException.builtin(name, error);
    }
  }
}

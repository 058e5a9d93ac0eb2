package io.eksform.rego.builtins;

import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Go's {@code time.ParseDuration}: {@code "1h30m"}, {@code "-1.5s"}, {@code "300ms"} as
 * nanoseconds, plus the day, week and (365-day) year units OPA's own parser adds.
 */
final class GoDuration {
  private static final Map<String, Long> UNITS =
      Map.ofEntries(
          Map.entry("d", 86_400_000_000_000L),
          Map.entry("w", 604_800_000_000_000L),
          Map.entry("y", 31_536_000_000_000_000L),
          Map.entry("ns", 1L),
          Map.entry("us", 1_000L),
          Map.entry("\u00b5s", 1_000L),
          Map.entry("\u03bcs", 1_000L),
          Map.entry("ms", 1_000_000L),
          Map.entry("s", 1_000_000_000L),
          Map.entry("m", 60_000_000_000L),
          Map.entry("h", 3_600_000_000_000L));

  private GoDuration() {}

  static Value parse(String name, String text) throws BuiltinException {
    String s = text;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return NumberValue.of(0);
    }
    if (s.isEmpty()) {
      throw invalid(name, text);
    }
    BigDecimal total = BigDecimal.ZERO;
    while (!s.isEmpty()) {
      int i = 0;
      while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
        i++;
      }
      String number = s.substring(0, i);
      if (number.isEmpty()
          || number.equals(".")
          || number.indexOf('.') != number.lastIndexOf('.')) {
        throw invalid(name, text);
      }
      s = s.substring(i);
      int j = 0;
      while (j < s.length() && s.charAt(j) != '.' && !Character.isDigit(s.charAt(j))) {
        j++;
      }
      String unit = s.substring(0, j);
      s = s.substring(j);
      if (unit.isEmpty()) {
        throw BuiltinException.builtin(
            name, "time: missing unit in duration " + GoQuote.quote(text));
      }
      Long scale = UNITS.get(unit);
      if (scale == null) {
        throw BuiltinException.builtin(
            name,
            "time: unknown unit " + GoQuote.quote(unit) + " in duration " + GoQuote.quote(text));
      }
      total = total.add(new BigDecimal(number).multiply(BigDecimal.valueOf(scale)));
    }
    BigDecimal ns = total.setScale(0, RoundingMode.DOWN);
    if (negative) {
      ns = ns.negate();
    }
    if (ns.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
        || ns.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
      throw invalid(name, text);
    }
    return NumberValue.of(ns.toBigInteger());
  }

  private static BuiltinException invalid(String name, String text) {
    return BuiltinException.builtin(name, "time: invalid duration " + GoQuote.quote(text));
  }
}

package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Operands.num;
import static io.eksform.rego.builtins.Operands.str;
import static io.eksform.rego.builtins.Operands.string;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The {@code time.*} builtins. Times are nanoseconds since the Unix epoch in int64 range,
 * optionally with a time zone name and a Go layout: {@code [ns, "Europe/Paris", "2006-01-02"]}.
 */
final class TimeBuiltins {
  private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);
  private static final BigInteger MIN_NS = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX_NS = BigInteger.valueOf(Long.MAX_VALUE);

  private TimeBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("time.now_ns", 0, (c, a) -> NumberValue.of(nanos(c.now())));
    r.add("time.parse_ns", 2, TimeBuiltins::parseNs);
    r.add("time.parse_rfc3339_ns", 1, TimeBuiltins::parseRfc3339);
    r.add(
        "time.parse_duration_ns",
        1,
        (c, a) ->
            GoDuration.parse("time.parse_duration_ns", string("time.parse_duration_ns", a, 1)));
    r.add("time.format", 1, TimeBuiltins::format);
    r.add("time.date", 1, TimeBuiltins::date);
    r.add("time.clock", 1, TimeBuiltins::clock);
    r.add(
        "time.weekday",
        1,
        (c, a) ->
            str(
                time("time.weekday", a.get(0))
                    .at
                    .getDayOfWeek()
                    .getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
    r.add("time.add_date", 4, TimeBuiltins::addDate);
    r.add("time.diff", 2, TimeDiff::diff);
  }

  static BigInteger nanos(Instant t) {
    return BigInteger.valueOf(t.getEpochSecond())
        .multiply(BILLION)
        .add(BigInteger.valueOf(t.getNano()));
  }

  /** The nanoseconds of {@code t}, or "time outside of valid range" beyond int64. */
  static Value safeNanos(String name, Instant t) throws BuiltinException {
    BigInteger ns = nanos(t);
    if (ns.compareTo(MIN_NS) < 0 || ns.compareTo(MAX_NS) > 0) {
      throw BuiltinException.builtin(name, "time outside of valid range");
    }
    return NumberValue.of(ns);
  }

  private static Value parseNs(BuiltinContext c, List<Value> a) throws BuiltinException {
    String layout = string("time.parse_ns", a, 1);
    String value = string("time.parse_ns", a, 2);
    return safeNanos(
        "time.parse_ns",
        parse("time.parse_ns", GoLayout.NAMED.getOrDefault(layout, layout), value));
  }

  private static Value parseRfc3339(BuiltinContext c, List<Value> a) throws BuiltinException {
    String value = string("time.parse_rfc3339_ns", a, 1);
    return safeNanos(
        "time.parse_rfc3339_ns",
        parse("time.parse_rfc3339_ns", GoLayout.NAMED.get("RFC3339"), value));
  }

  private static Instant parse(String name, String layout, String value) throws BuiltinException {
    try {
      OffsetDateTime t = GoTimeParse.parse(layout, value);
      return t.toInstant();
    } catch (GoTimeParse.ParseError e) {
      throw BuiltinException.builtin(name, e.getMessage());
    } catch (DateTimeException e) {
      throw BuiltinException.builtin(
          name, "parsing time " + GoQuote.quote(value) + ": " + e.getMessage());
    }
  }

  /** A time operand resolved to a zoned date-time, plus the layout if one was given. */
  record Zoned(ZonedDateTime at, String layout) {}

  static Zoned time(String name, Value v) throws BuiltinException {
    Value ns;
    ZoneId zone = ZoneOffset.UTC;
    String layout = "";
    if (v instanceof ArrayValue arr) {
      if (arr.size() == 0) {
        throw Operands.typeError(name, 1, v, "either number (ns) or [number (ns), string (tz)]");
      }
      ns = arr.get(0);
      if (!(ns instanceof NumberValue)) {
        throw Operands.typeError(name, 1, ns, "number");
      }
      if (arr.size() > 1) {
        if (!(arr.get(1) instanceof StringValue tz)) {
          throw Operands.typeError(name, 1, arr.get(1), "string");
        }
        zone = zone(name, tz.value());
      }
      if (arr.size() > 2) {
        if (!(arr.get(2) instanceof StringValue l)) {
          throw Operands.typeError(name, 1, arr.get(2), "string");
        }
        layout = l.value();
      }
    } else if (v instanceof NumberValue) {
      ns = v;
    } else {
      throw Operands.typeError(name, 1, v, "either number (ns) or [number (ns), string (tz)]");
    }
    BigDecimal d = ((NumberValue) ns).value();
    BigInteger i;
    try {
      i = d.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw BuiltinException.builtin(name, "timestamp too big");
    }
    if (i.compareTo(MIN_NS) < 0 || i.compareTo(MAX_NS) > 0) {
      throw BuiltinException.builtin(name, "timestamp too big");
    }
    BigInteger[] qr = i.divideAndRemainder(BILLION);
    long secs = qr[0].longValue();
    long nano = qr[1].longValue();
    if (nano < 0) {
      secs--;
      nano += 1_000_000_000L;
    }
    return new Zoned(Instant.ofEpochSecond(secs, nano).atZone(zone), layout);
  }

  private static ZoneId zone(String name, String tz) throws BuiltinException {
    if (tz.isEmpty() || tz.equals("UTC")) {
      return ZoneOffset.UTC;
    }
    if (tz.equals("Local")) {
      return ZoneId.systemDefault();
    }
    try {
      return ZoneId.of(tz);
    } catch (DateTimeException e) {
      throw BuiltinException.builtin(name, "unknown time zone " + tz);
    }
  }

  private static Value format(BuiltinContext c, List<Value> a) throws BuiltinException {
    Zoned t = time("time.format", a.get(0));
    String layout = t.layout().isEmpty() ? "RFC3339Nano" : t.layout();
    return str(GoTimeFormat.format(t.at(), GoLayout.NAMED.getOrDefault(layout, layout)));
  }

  private static Value date(BuiltinContext c, List<Value> a) throws BuiltinException {
    ZonedDateTime t = time("time.date", a.get(0)).at();
    return ArrayValue.of(num(t.getYear()), num(t.getMonthValue()), num(t.getDayOfMonth()));
  }

  private static Value clock(BuiltinContext c, List<Value> a) throws BuiltinException {
    ZonedDateTime t = time("time.clock", a.get(0)).at();
    return ArrayValue.of(num(t.getHour()), num(t.getMinute()), num(t.getSecond()));
  }

  /** Go's {@code AddDate}: overflowing months and days roll over rather than clamp. */
  private static Value addDate(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "time.add_date";
    ZonedDateTime t = time(name, a.get(0)).at();
    long years = Operands.integer(name, a, 2);
    long months = Operands.integer(name, a, 3);
    long days = Operands.integer(name, a, 4);
    long totalMonths = t.getMonthValue() - 1 + months;
    long year = (long) t.getYear() + years + Math.floorDiv(totalMonths, 12);
    int month = (int) Math.floorMod(totalMonths, 12) + 1;
    try {
      LocalDateTime local =
          LocalDateTime.of(
                  (int) year, month, 1, t.getHour(), t.getMinute(), t.getSecond(), t.getNano())
              .plusDays(t.getDayOfMonth() - 1 + days);
      return safeNanos(name, local.atZone(t.getZone()).toInstant());
    } catch (DateTimeException | ArithmeticException e) {
      throw BuiltinException.builtin(name, "time outside of valid range");
    }
  }
}

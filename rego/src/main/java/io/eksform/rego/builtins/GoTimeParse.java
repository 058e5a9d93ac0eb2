package io.eksform.rego.builtins;

import io.eksform.rego.builtins.GoLayout.Chunk;
import io.eksform.rego.builtins.GoLayout.Std;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Go's {@code time.Parse}: a value read against a layout, UTC unless the value names an offset. */
final class GoTimeParse {
  private final String layout;
  private final String value;
  private String rest;
  private int year;
  private int month = 1;
  private int day = 1;
  private int yearDay = -1;
  private int hour;
  private int minute;
  private int second;
  private int nanos;
  private int offsetSeconds;
  private boolean pm;
  private boolean am;

  /** A value that does not fit its layout, worded as Go words it. */
  static final class ParseError extends Exception {
    private static final long serialVersionUID = 1L;

    ParseError(String message) {
      super(message, null, false, false);
    }
  }

  private GoTimeParse(String layout, String value) {
    this.layout = layout;
    this.value = value;
    this.rest = value;
  }

  static OffsetDateTime parse(String layout, String value) throws ParseError {
    return new GoTimeParse(layout, value).run();
  }

  private ParseError cannot(String element) {
    return new ParseError(
        "parsing time "
            + GoQuote.quote(value)
            + " as "
            + GoQuote.quote(layout)
            + ": cannot parse "
            + GoQuote.quote(rest)
            + " as "
            + GoQuote.quote(element));
  }

  private ParseError outOfRange(String what) {
    return new ParseError("parsing time " + GoQuote.quote(value) + ": " + what + " out of range");
  }

  private OffsetDateTime run() throws ParseError {
    List<Chunk> chunks = GoLayout.parse(layout);
    for (int i = 0; i < chunks.size(); i++) {
      Chunk c = chunks.get(i);
      if (c.isLiteral()) {
        if (!rest.startsWith(c.literal())) {
          throw cannot(c.literal());
        }
        rest = rest.substring(c.literal().length());
        continue;
      }
      boolean nextIsFraction =
          i + 1 < chunks.size()
              && !chunks.get(i + 1).isLiteral()
              && (chunks.get(i + 1).std() == Std.FRAC_ZERO
                  || chunks.get(i + 1).std() == Std.FRAC_NINE);
      element(c, nextIsFraction);
    }
    if (!rest.isEmpty()) {
      throw new ParseError(
          "parsing time " + GoQuote.quote(value) + ": extra text: " + GoQuote.quote(rest));
    }
    if (pm && hour < 12) {
      hour += 12;
    } else if (am && hour == 12) {
      hour = 0;
    }
    LocalDate date;
    if (yearDay >= 0) {
      if (yearDay < 1 || yearDay > (LocalDate.of(year, 1, 1).isLeapYear() ? 366 : 365)) {
        throw outOfRange("day-of-year");
      }
      date = LocalDate.ofYearDay(year, yearDay);
    } else {
      if (day < 1 || day > Month.of(month).length(LocalDate.of(year, 1, 1).isLeapYear())) {
        throw outOfRange("day");
      }
      date = LocalDate.of(year, month, day);
    }
    LocalDateTime local = date.atTime(hour, minute, second, nanos);
    return local.atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds));
  }

  private int number(int minDigits, int maxDigits, String element) throws ParseError {
    int n = 0;
    while (n < maxDigits && n < rest.length() && Character.isDigit(rest.charAt(n))) {
      n++;
    }
    if (n < minDigits) {
      throw cannot(element);
    }
    int v = Integer.parseInt(rest.substring(0, n));
    rest = rest.substring(n);
    return v;
  }

  private int range(int v, int lo, int hi, String what) throws ParseError {
    if (v < lo || v > hi) {
      throw outOfRange(what);
    }
    return v;
  }

  private int name(TextStyle style, boolean months, String element) throws ParseError {
    int count = months ? 12 : 7;
    for (int k = 1; k <= count; k++) {
      String n =
          months
              ? Month.of(k).getDisplayName(style, Locale.ENGLISH)
              : java.time.DayOfWeek.of(k).getDisplayName(style, Locale.ENGLISH);
      if (rest.length() >= n.length() && rest.substring(0, n.length()).equalsIgnoreCase(n)) {
        rest = rest.substring(n.length());
        return k;
      }
    }
    throw cannot(element);
  }

  private void element(Chunk c, boolean nextIsFraction) throws ParseError {
    switch (c.std()) {
      case LONG_YEAR -> {
        if (rest.length() < 4) {
          throw cannot("2006");
        }
        year = number(4, 4, "2006");
      }
      case YEAR -> {
        int y = number(2, 2, "06");
        year = y >= 69 ? 1900 + y : 2000 + y;
      }
      case LONG_MONTH -> month = name(TextStyle.FULL, true, "January");
      case MONTH -> month = name(TextStyle.SHORT, true, "Jan");
      case NUM_MONTH -> month = range(number(1, 2, "1"), 1, 12, "month");
      case ZERO_MONTH -> month = range(number(2, 2, "01"), 1, 12, "month");
      case LONG_WEEKDAY -> name(TextStyle.FULL, false, "Monday");
      case WEEKDAY -> name(TextStyle.SHORT, false, "Mon");
      case DAY -> day = number(1, 2, "2");
      case UNDER_DAY -> {
        if (rest.startsWith(" ")) {
          rest = rest.substring(1);
        }
        day = number(1, 2, "_2");
      }
      case ZERO_DAY -> day = number(2, 2, "02");
      case UNDER_YEAR_DAY -> {
        rest = rest.replaceFirst("^ {1,2}", "");
        yearDay = number(1, 3, "__2");
      }
      case ZERO_YEAR_DAY -> yearDay = number(3, 3, "002");
      case HOUR -> hour = range(number(1, 2, "15"), 0, 23, "hour");
      case HOUR12 -> hour = range(number(1, 2, "3"), 0, 12, "hour");
      case ZERO_HOUR12 -> hour = range(number(2, 2, "03"), 0, 12, "hour");
      case MINUTE -> minute = range(number(1, 2, "4"), 0, 59, "minute");
      case ZERO_MINUTE -> minute = range(number(2, 2, "04"), 0, 59, "minute");
      case SECOND, ZERO_SECOND -> {
        second =
            range(
                number(c.std() == Std.SECOND ? 1 : 2, 2, c.std() == Std.SECOND ? "5" : "05"),
                0,
                59,
                "second");
        if (!nextIsFraction
            && rest.length() >= 2
            && (rest.charAt(0) == '.' || rest.charAt(0) == ',')
            && Character.isDigit(rest.charAt(1))) {
          rest = rest.substring(1);
          nanos = fraction(Integer.MAX_VALUE);
        }
      }
      case PM, LOWER_PM -> {
        String p = rest.length() >= 2 ? rest.substring(0, 2) : "";
        String want = c.std() == Std.PM ? "PM" : "pm";
        String other = c.std() == Std.PM ? "AM" : "am";
        if (p.equals(want)) {
          pm = true;
        } else if (p.equals(other)) {
          am = true;
        } else {
          throw cannot(want);
        }
        rest = rest.substring(2);
      }
      case TZ -> zoneName();
      case FRAC_ZERO -> {
        if (rest.length() < c.digits() + 1 || rest.charAt(0) != c.separator()) {
          throw cannot(c.separator() + "0".repeat(c.digits()));
        }
        rest = rest.substring(1);
        int before = rest.length();
        nanos = fraction(c.digits());
        if (before - rest.length() != c.digits()) {
          throw cannot("0".repeat(c.digits()));
        }
      }
      case FRAC_NINE -> {
        if (rest.length() >= 2
            && (rest.charAt(0) == '.' || rest.charAt(0) == ',')
            && Character.isDigit(rest.charAt(1))) {
          rest = rest.substring(1);
          nanos = fraction(Integer.MAX_VALUE);
        }
      }
      default -> offset(c.std());
    }
  }

  private int fraction(int maxDigits) {
    int n = 0;
    while (n < maxDigits && n < rest.length() && Character.isDigit(rest.charAt(n))) {
      n++;
    }
    String digits = rest.substring(0, n);
    rest = rest.substring(n);
    String nine = (digits + "000000000").substring(0, 9);
    return Integer.parseInt(nine);
  }

  /**
   * A zone abbreviation. Unknown abbreviations mean offset zero, as Go assumes when the local zone
   * does not know them; {@code GMT+h} carries its offset.
   */
  private void zoneName() throws ParseError {
    if (rest.startsWith("UTC")) {
      rest = rest.substring(3);
      return;
    }
    if (rest.startsWith("GMT")) {
      rest = rest.substring(3);
      if (!rest.isEmpty() && (rest.charAt(0) == '+' || rest.charAt(0) == '-')) {
        int sign = rest.charAt(0) == '-' ? -1 : 1;
        int n = 1;
        while (n < rest.length() && n < 3 && Character.isDigit(rest.charAt(n))) {
          n++;
        }
        if (n > 1) {
          offsetSeconds = sign * Integer.parseInt(rest.substring(1, n)) * 3600;
          rest = rest.substring(n);
        }
      }
      return;
    }
    int n = 0;
    while (n < rest.length() && Character.isUpperCase(rest.charAt(n))) {
      n++;
    }
    if (n < 3) {
      throw cannot("MST");
    }
    rest = rest.substring(n);
  }

  private void offset(Std std) throws ParseError {
    String name = std.name();
    if (name.startsWith("ISO") && rest.startsWith("Z")) {
      rest = rest.substring(1);
      offsetSeconds = 0;
      return;
    }
    String element = "-07:00";
    if (rest.isEmpty() || (rest.charAt(0) != '+' && rest.charAt(0) != '-')) {
      throw cannot(element);
    }
    int sign = rest.charAt(0) == '-' ? -1 : 1;
    rest = rest.substring(1);
    boolean colon = name.contains("COLON");
    int h = number(2, 2, element);
    int m = 0;
    int s = 0;
    if (!name.endsWith("SHORT")) {
      if (colon) {
        expect(":", element);
      }
      m = number(2, 2, element);
      if (name.endsWith("SECONDS")) {
        if (colon) {
          expect(":", element);
        }
        s = number(2, 2, element);
      }
    }
    if (h > 24 || m > 59 || s > 59) {
      throw outOfRange("time zone offset");
    }
    offsetSeconds = sign * (h * 3600 + m * 60 + s);
  }

  private void expect(String text, String element) throws ParseError {
    if (!rest.startsWith(text)) {
      throw cannot(element);
    }
    rest = rest.substring(text.length());
  }
}

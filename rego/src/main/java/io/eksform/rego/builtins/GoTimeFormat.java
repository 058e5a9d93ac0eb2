package io.eksform.rego.builtins;

import io.eksform.rego.builtins.GoLayout.Chunk;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Go's {@code Time.Format}. */
final class GoTimeFormat {
  private static final DateTimeFormatter ZONE_ABBREVIATION =
      DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

  private GoTimeFormat() {}

  static String format(ZonedDateTime t, String layout) {
    StringBuilder out = new StringBuilder();
    for (Chunk c : GoLayout.parse(layout)) {
      if (c.isLiteral()) {
        out.append(c.literal());
        continue;
      }
      int hour = t.getHour();
      switch (c.std()) {
        case LONG_YEAR -> out.append(pad(t.getYear(), 4, '0'));
        case YEAR -> out.append(pad(Math.floorMod(t.getYear(), 100), 2, '0'));
        case LONG_MONTH -> out.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        case MONTH -> out.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        case NUM_MONTH -> out.append(t.getMonthValue());
        case ZERO_MONTH -> out.append(pad(t.getMonthValue(), 2, '0'));
        case LONG_WEEKDAY ->
            out.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        case WEEKDAY ->
            out.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        case DAY -> out.append(t.getDayOfMonth());
        case UNDER_DAY -> out.append(pad(t.getDayOfMonth(), 2, ' '));
        case ZERO_DAY -> out.append(pad(t.getDayOfMonth(), 2, '0'));
        case UNDER_YEAR_DAY -> out.append(pad(t.getDayOfYear(), 3, ' '));
        case ZERO_YEAR_DAY -> out.append(pad(t.getDayOfYear(), 3, '0'));
        case HOUR -> out.append(pad(hour, 2, '0'));
        case HOUR12 -> out.append(hour % 12 == 0 ? 12 : hour % 12);
        case ZERO_HOUR12 -> out.append(pad(hour % 12 == 0 ? 12 : hour % 12, 2, '0'));
        case MINUTE -> out.append(t.getMinute());
        case ZERO_MINUTE -> out.append(pad(t.getMinute(), 2, '0'));
        case SECOND -> out.append(t.getSecond());
        case ZERO_SECOND -> out.append(pad(t.getSecond(), 2, '0'));
        case PM -> out.append(hour >= 12 ? "PM" : "AM");
        case LOWER_PM -> out.append(hour >= 12 ? "pm" : "am");
        case TZ -> out.append(abbreviation(t));
        case FRAC_ZERO, FRAC_NINE -> fraction(out, t.getNano(), c);
        default -> offset(out, t.getOffset().getTotalSeconds(), c.std());
      }
    }
    return out.toString();
  }

  private static String abbreviation(ZonedDateTime t) {
    String name = ZONE_ABBREVIATION.format(t);
    if (name.equals("Z") || name.equals("GMT") && t.getZone().getId().equals("UTC")) {
      return "UTC";
    }
    if (name.startsWith("GMT") && name.length() > 3) {
      StringBuilder out = new StringBuilder();
      offset(out, t.getOffset().getTotalSeconds(), GoLayout.Std.NUM_TZ);
      return out.toString();
    }
    return name;
  }

  private static void fraction(StringBuilder out, int nanos, Chunk c) {
    String digits = pad(nanos, 9, '0').substring(0, Math.min(9, c.digits()));
    if (c.std() == GoLayout.Std.FRAC_NINE) {
      digits = digits.replaceFirst("0+$", "");
      if (digits.isEmpty()) {
        return;
      }
    }
    out.append(c.separator()).append(digits);
  }

  private static void offset(StringBuilder out, int seconds, GoLayout.Std std) {
    String name = std.name();
    if (name.startsWith("ISO") && seconds == 0) {
      out.append('Z');
      return;
    }
    out.append(seconds < 0 ? '-' : '+');
    int abs = Math.abs(seconds);
    boolean colon = name.contains("COLON");
    out.append(pad(abs / 3600, 2, '0'));
    if (name.endsWith("SHORT")) {
      return;
    }
    if (colon) {
      out.append(':');
    }
    out.append(pad(abs / 60 % 60, 2, '0'));
    if (name.endsWith("SECONDS")) {
      if (colon) {
        out.append(':');
      }
      out.append(pad(abs % 60, 2, '0'));
    }
  }

  static String pad(long v, int width, char fill) {
    String s = Long.toString(Math.abs(v));
    StringBuilder out = new StringBuilder();
    if (v < 0) {
      out.append('-');
    }
    for (int i = s.length(); i < width; i++) {
      out.append(fill);
    }
    return out.append(s).toString();
  }
}

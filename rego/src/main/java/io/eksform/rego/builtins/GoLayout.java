package io.eksform.rego.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Go time layout ({@code "2006-01-02T15:04:05Z07:00"}) split into literal text and the standard
 * chunks of Go's reference time, Mon Jan 2 15:04:05 MST 2006.
 */
final class GoLayout {
  /** The standard chunks a layout may contain. */
  enum Std {
    LONG_MONTH,
    MONTH,
    NUM_MONTH,
    ZERO_MONTH,
    LONG_WEEKDAY,
    WEEKDAY,
    DAY,
    UNDER_DAY,
    ZERO_DAY,
    UNDER_YEAR_DAY,
    ZERO_YEAR_DAY,
    HOUR,
    HOUR12,
    ZERO_HOUR12,
    MINUTE,
    ZERO_MINUTE,
    SECOND,
    ZERO_SECOND,
    LONG_YEAR,
    YEAR,
    PM,
    LOWER_PM,
    TZ,
    ISO_TZ_SECONDS,
    ISO_TZ_COLON_SECONDS,
    ISO_TZ,
    ISO_TZ_COLON,
    ISO_TZ_SHORT,
    NUM_TZ_SECONDS,
    NUM_TZ_COLON_SECONDS,
    NUM_TZ,
    NUM_TZ_COLON,
    NUM_TZ_SHORT,
    FRAC_ZERO,
    FRAC_NINE
  }

  /** One chunk: literal text, or a standard chunk (with the fraction digit count). */
  record Chunk(String literal, Std std, int digits, char separator) {
    boolean isLiteral() {
      return std == null;
    }
  }

  /** Layout names OPA accepts in place of the layout itself. */
  static final Map<String, String> NAMED =
      Map.of(
          "ANSIC", "Mon Jan _2 15:04:05 2006",
          "UnixDate", "Mon Jan _2 15:04:05 MST 2006",
          "RubyDate", "Mon Jan 02 15:04:05 -0700 2006",
          "RFC822", "02 Jan 06 15:04 MST",
          "RFC822Z", "02 Jan 06 15:04 -0700",
          "RFC850", "Monday, 02-Jan-06 15:04:05 MST",
          "RFC1123", "Mon, 02 Jan 2006 15:04:05 MST",
          "RFC1123Z", "Mon, 02 Jan 2006 15:04:05 -0700",
          "RFC3339", "2006-01-02T15:04:05Z07:00",
          "RFC3339Nano", "2006-01-02T15:04:05.999999999Z07:00");

  private static final String[][] PREFIXED = {
    {"January", "LONG_MONTH"},
    {"Jan", "MONTH"},
    {"Monday", "LONG_WEEKDAY"},
    {"Mon", "WEEKDAY"},
    {"MST", "TZ"},
    {"002", "ZERO_YEAR_DAY"},
    {"01", "ZERO_MONTH"},
    {"02", "ZERO_DAY"},
    {"03", "ZERO_HOUR12"},
    {"04", "ZERO_MINUTE"},
    {"05", "ZERO_SECOND"},
    {"06", "YEAR"},
    {"15", "HOUR"},
    {"1", "NUM_MONTH"},
    {"2006", "LONG_YEAR"},
    {"2", "DAY"},
    {"__2", "UNDER_YEAR_DAY"},
    {"_2", "UNDER_DAY"},
    {"3", "HOUR12"},
    {"4", "MINUTE"},
    {"5", "SECOND"},
    {"PM", "PM"},
    {"pm", "LOWER_PM"},
    {"-070000", "NUM_TZ_SECONDS"},
    {"-07:00:00", "NUM_TZ_COLON_SECONDS"},
    {"-0700", "NUM_TZ"},
    {"-07:00", "NUM_TZ_COLON"},
    {"-07", "NUM_TZ_SHORT"},
    {"Z070000", "ISO_TZ_SECONDS"},
    {"Z07:00:00", "ISO_TZ_COLON_SECONDS"},
    {"Z0700", "ISO_TZ"},
    {"Z07:00", "ISO_TZ_COLON"},
    {"Z07", "ISO_TZ_SHORT"},
  };

  private GoLayout() {}

  static List<Chunk> parse(String layout) {
    List<Chunk> out = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < layout.length()) {
      Chunk std = null;
      int length = 0;
      char c = layout.charAt(i);
      if (c == '_' && layout.startsWith("_2006", i)) {
        literal.append('_');
        i++;
        continue;
      }
      if ((c == '.' || c == ',') && i + 1 < layout.length()) {
        char d = layout.charAt(i + 1);
        if (d == '0' || d == '9') {
          int j = i + 1;
          while (j < layout.length() && layout.charAt(j) == d) {
            j++;
          }
          if (j >= layout.length() || !Character.isDigit(layout.charAt(j))) {
            std = new Chunk(null, d == '0' ? Std.FRAC_ZERO : Std.FRAC_NINE, j - i - 1, c);
            length = j - i;
          }
        }
      }
      if (std == null) {
        for (String[] p : PREFIXED) {
          if (layout.startsWith(p[0], i)) {
            std = new Chunk(null, Std.valueOf(p[1]), 0, '.');
            length = p[0].length();
            break;
          }
        }
      }
      if (std == null) {
        literal.append(c);
        i++;
        continue;
      }
      if (literal.length() > 0) {
        out.add(new Chunk(literal.toString(), null, 0, '.'));
        literal.setLength(0);
      }
      out.add(std);
      i += length;
    }
    if (literal.length() > 0) {
      out.add(new Chunk(literal.toString(), null, 0, '.'));
    }
    return out;
  }
}

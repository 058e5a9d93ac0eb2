package io.eksform.cli.validate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses sizes such as {@code 10MiB}, {@code 512KiB}, {@code 2MB} or a plain byte count. */
final class Sizes {
  private static final Pattern SIZE =
      Pattern.compile("(\\d+)\\s*(b|kb|kib|k|mb|mib|m|gb|gib|g)?", Pattern.CASE_INSENSITIVE);

  private Sizes() {}

  static long parse(String text) {
    Matcher m = SIZE.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "invalid size '" + text + "': use a byte count or a unit such as 10MiB or 512KiB");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
    return switch (unit) {
      case "k", "kb", "kib" -> n * 1024;
      case "m", "mb", "mib" -> n * 1024 * 1024;
      case "g", "gb", "gib" -> n * 1024 * 1024 * 1024;
      default -> n;
    };
  }
}

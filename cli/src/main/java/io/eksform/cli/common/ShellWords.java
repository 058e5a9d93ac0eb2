package io.eksform.cli.common;

import java.util.regex.Pattern;

/**
 * Words of a command printed for the user to run next, quoted for a POSIX shell when they hold
 * anything but plain characters, so that the command works as printed.
 */
public final class ShellWords {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

  private ShellWords() {}

  /** {@code word} as a shell reads it back: as it is when plain, else in single quotes. */
  public static String quote(String word) {
    return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}

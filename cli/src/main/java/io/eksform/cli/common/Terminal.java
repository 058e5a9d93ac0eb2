package io.eksform.cli.common;

import java.util.Map;

/** What the CLI knows of where it prints: whether colour is wanted. */
public final class Terminal {
  private Terminal() {}

  /** Colour only on an interactive terminal, and never when NO_COLOR is set (no-color.org). */
  public static boolean colourWanted(Map<String, String> env, boolean noColourFlag) {
    if (noColourFlag || env.containsKey("NO_COLOR") || "dumb".equals(env.get("TERM"))) {
      return false;
    }
    return System.console() != null;
  }
}

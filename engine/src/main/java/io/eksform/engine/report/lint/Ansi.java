package io.eksform.engine.report.lint;

import io.eksform.engine.lint.Severity;

/** ANSI SGR styling for the text format; when off, text passes through unchanged. */
final class Ansi {
  private static final String RESET = "\u001b[0m";

  private final boolean on;

  Ansi(boolean on) {
    this.on = on;
  }

  String bold(String text) {
    return paint(text, "1");
  }

  String gutter(String text) {
    return paint(text, "1;34");
  }

  String hint(String text) {
    return paint(text, "1;36");
  }

  /** Faint: what is listed for the record but asks for nothing (suppressed findings). */
  String dim(String text) {
    return paint(text, "2");
  }

  String severity(Severity severity, String text) {
    return paint(
        text,
        switch (severity) {
          case ERROR -> "1;31";
          case WARNING -> "1;33";
          case INFO -> "1;32";
        });
  }

  private String paint(String text, String code) {
    return on && !text.isEmpty() ? "\u001b[" + code + "m" + text + RESET : text;
  }
}

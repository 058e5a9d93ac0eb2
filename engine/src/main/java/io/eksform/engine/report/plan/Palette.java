package io.eksform.engine.report.plan;

import io.eksform.engine.lint.Severity;
import io.eksform.engine.plan.Action;

/**
 * ANSI colours of the text format, Terraform's: green creates, yellow updates, magenta replaces,
 * red deletes. When off, text passes through unchanged.
 */
final class Palette {
  private static final String RESET = "\u001b[0m";

  private final boolean on;

  Palette(boolean on) {
    this.on = on;
  }

  String bold(String text) {
    return paint(text, "1");
  }

  String dim(String text) {
    return paint(text, "2");
  }

  String action(Action action, String text) {
    return paint(
        text,
        switch (action) {
          case CREATE -> "32";
          case UPDATE -> "33";
          case REPLACE -> "35";
          case DELETE -> "31";
          case NO_OP -> "";
        });
  }

  String attribute(AttributeLine.Kind kind, String text) {
    return paint(
        text,
        switch (kind) {
          case ADD -> "32";
          case CHANGE -> "33";
          case REMOVE -> "31";
        });
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

  String warning(String text) {
    return paint(text, "1;33");
  }

  private String paint(String text, String code) {
    return on && !text.isEmpty() && !code.isEmpty() ? "\u001b[" + code + "m" + text + RESET : text;
  }
}

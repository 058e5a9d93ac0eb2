package io.eksform.engine.apply;

import java.time.Duration;

/** One thing that happened to one change during apply, with the time since the change started. */
public record ApplyEvent(Kind kind, String address, String verb, String message, Duration elapsed) {
  /** The closed set of event kinds. */
  public enum Kind {
    STARTED,
    WAITING,
    SUCCEEDED,
    FAILED,
    RETRIED,
    SKIPPED;

    /** The word used in JSON lines. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}

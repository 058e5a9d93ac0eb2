package io.eksform.engine.apply;

import java.io.PrintWriter;
import java.time.Duration;

/** Renders events as lines for people: {@code fargate_profile.x: still creating... [20s]}. */
public final class TextEvents implements EventSink {
  private final PrintWriter out;

  public TextEvents(PrintWriter out) {
    this.out = out;
  }

  @Override
  public synchronized void accept(ApplyEvent e) {
    String ing = ing(e.verb());
    String line =
        switch (e.kind()) {
          case STARTED -> e.address() + ": " + ing + "...";
          case WAITING ->
              e.message().isEmpty()
                  ? e.address() + ": still " + ing + "... [" + seconds(e.elapsed()) + "]"
                  : e.address() + ": " + e.message();
          case SUCCEEDED -> e.address() + ": " + done(e.verb()) + " [" + seconds(e.elapsed()) + "]";
          case FAILED ->
              e.address() + ": failed after " + seconds(e.elapsed()) + ": " + e.message();
          case RETRIED -> e.address() + ": waiting to retry: " + e.message();
          case SKIPPED -> e.address() + ": " + e.message();
        };
    out.println(visible(line));
    out.flush();
  }

  /**
   * The line with its control characters shown as escapes: names and AWS's messages must not start
   * lines of their own in a CI log (a forged {@code ::error} workflow command).
   */
  public static String visible(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean control =
          (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
      out.append(control ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }

  static String seconds(Duration d) {
    return d.toSeconds() + "s";
  }

  private static String ing(String verb) {
    return switch (verb) {
      case "create" -> "creating";
      case "update" -> "updating";
      case "replace" -> "replacing";
      case "delete" -> "deleting";
      default -> verb;
    };
  }

  private static String done(String verb) {
    return switch (verb) {
      case "create" -> "created";
      case "update" -> "updated";
      case "replace" -> "replaced";
      case "delete" -> "deleted";
      default -> "done";
    };
  }
}

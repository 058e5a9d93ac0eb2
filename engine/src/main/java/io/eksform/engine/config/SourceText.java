package io.eksform.engine.config;

import java.util.List;

/** A decoded input file: the name the user gave it, its text, and its lines for rendering. */
public record SourceText(String name, String text, List<String> lines) {
  public SourceText {
    lines = List.copyOf(lines);
  }

  public static SourceText of(String name, String text) {
    return new SourceText(name, text, List.of(text.split("\r?\n", -1)));
  }
}

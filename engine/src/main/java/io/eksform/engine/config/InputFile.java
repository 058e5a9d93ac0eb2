package io.eksform.engine.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One input to load: a file found on disk (named as the user would write it) or standard input
 * ("-"). {@code path} is empty for standard input.
 */
public record InputFile(String displayName, Optional<Path> path) {
  public static final String STDIN = "-";

  public static InputFile stdin() {
    return new InputFile(STDIN, Optional.empty());
  }

  public static InputFile of(String displayName, Path path) {
    return new InputFile(displayName, Optional.of(path));
  }
}

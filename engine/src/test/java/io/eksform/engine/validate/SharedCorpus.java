package io.eksform.engine.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared reference folder beside the project, when this machine has it. */
final class SharedCorpus {
  private SharedCorpus() {}

  static Optional<Path> dir() {
    String configured = System.getProperty("eksform.shared.dir");
    Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
    return Files.isDirectory(dir) ? Optional.of(dir.normalize()) : Optional.empty();
  }

  static String absentMessage() {
    return "the shared corpus (../shared beside the project) is absent on this machine;"
        + " corpus tests skipped";
  }
}

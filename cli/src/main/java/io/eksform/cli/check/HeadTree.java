package io.eksform.cli.check;

import io.eksform.engine.git.ChangedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The head versions of the changed files, written under a temporary folder at their repository
 * paths, so that the validator reads exactly the committed text and reports repository paths.
 */
final class HeadTree implements AutoCloseable {
  final Path root;
  final List<String> paths;

  private HeadTree(Path root, List<String> paths) {
    this.root = root;
    this.paths = List.copyOf(paths);
  }

  static HeadTree write(List<ChangedFile> files) {
    try {
      Path root = Files.createTempDirectory("eksform-check-");
      List<String> paths = new ArrayList<>();
      for (ChangedFile f : files) {
        if (f.headText().isEmpty()) {
          continue;
        }
        Path target = root.resolve(f.path()).normalize();
        if (!target.startsWith(root)) {
          continue; // git never stores such a path; refuse it rather than write outside
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, f.headText().get());
        paths.add(f.path());
      }
      return new HeadTree(root, paths);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the head files to a temporary folder", e);
    }
  }

  @Override
  public void close() {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A leftover temporary folder is harmless; the check's result stands.
    }
  }
}

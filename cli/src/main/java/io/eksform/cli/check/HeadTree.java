package io.eksform.cli.check;

import io.eksform.engine.git.ChangedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The head versions of the changed files as a folder the validator reads, at their repository
 * paths, so that it reads exactly the committed text and reports repository paths. When the working
 * tree holds exactly that text (a checkout of the head, as in CI), it is that folder; otherwise the
 * texts are written under a temporary folder, removed on {@link #close()}.
 */
final class HeadTree implements AutoCloseable {
  final Path root;
  final List<String> paths;
  private final boolean temporary;

  private HeadTree(Path root, List<String> paths, boolean temporary) {
    this.root = root;
    this.paths = List.copyOf(paths);
    this.temporary = temporary;
  }

  /**
   * The head texts of {@code files}, read from {@code workingTree} when it holds them unchanged.
   */
  static HeadTree of(List<ChangedFile> files, Path workingTree) {
    List<ChangedFile> present = files.stream().filter(f -> f.headText().isPresent()).toList();
    List<String> paths = present.stream().map(ChangedFile::path).toList();
    if (present.stream().allMatch(f -> f.headText().equals(text(workingTree, f.path())))) {
      return new HeadTree(workingTree, paths, false);
    }
    try {
      Path root = Files.createTempDirectory("eksform-check-");
      List<String> written = new ArrayList<>();
      for (ChangedFile f : present) {
        Path target = root.resolve(f.path()).normalize();
        if (!target.startsWith(root)) {
          continue; // git never stores such a path; refuse it rather than write outside
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, f.headText().get());
        written.add(f.path());
      }
      return new HeadTree(root, written, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the head files to a temporary folder", e);
    }
  }

  /** The text of the working-tree file at {@code path}, if it is a readable regular UTF-8 file. */
  private static Optional<String> text(Path workingTree, String path) {
    Path file = workingTree.resolve(path).normalize();
    if (!file.startsWith(workingTree) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file));
    } catch (IOException e) {
      return Optional.empty(); // unreadable or not UTF-8: the committed text is written instead
    }
  }

  @Override
  public void close() {
    if (!temporary) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A leftover temporary folder is harmless; the check's result stands.
    }
  }
}

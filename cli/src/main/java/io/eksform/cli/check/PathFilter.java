package io.eksform.cli.check;

import io.eksform.engine.git.ChangeSet;
import io.eksform.engine.git.ChangedFile;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code PATH} arguments of {@code eksform check}: folders, files or globs, relative to the
 * repository root, that limit which changed files are checked. A file counts when its path (or, for
 * a rename, its old path) is one of them, lies under one of them, or matches one of them as a glob
 * ({@code clusters/prod-*} also takes the files under the folders it matches). An argument is
 * always tried literally too, so that a folder named {@code eu[1]} can be given as it is.
 */
final class PathFilter {
  private record Entry(String argument, String literal, Optional<PathMatcher> glob) {
    boolean matches(String file) {
      if (literal.isEmpty() || file.equals(literal) || file.startsWith(literal + "/")) {
        return true;
      }
      if (glob.isEmpty()) {
        return false;
      }
      // The file itself, then each folder above it: a glob naming a folder takes its files.
      for (Path p = Path.of(file); p != null; p = p.getParent()) {
        if (glob.get().matches(p)) {
          return true;
        }
      }
      return false;
    }
  }

  private final List<Entry> entries;

  private PathFilter(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * The filter of {@code arguments} in the repository at {@code root}; none means every file.
   *
   * @throws IllegalArgumentException for a path outside the repository
   */
  static PathFilter of(List<String> arguments, Path root) {
    List<Entry> entries = new ArrayList<>();
    for (String argument : arguments) {
      String literal = relative(argument, root);
      entries.add(new Entry(argument, literal, glob(literal)));
    }
    return new PathFilter(entries);
  }

  /** The change set with only the files the paths take. */
  ChangeSet apply(ChangeSet changes) {
    if (entries.isEmpty()) {
      return changes;
    }
    List<ChangedFile> kept =
        changes.files().stream()
            .filter(f -> takes(f.path()) || f.oldPath().map(this::takes).orElse(false))
            .toList();
    return new ChangeSet(changes.root(), changes.mergeBase(), changes.head(), kept);
  }

  /** The arguments, as given, that take none of {@code files}. */
  List<String> unmatched(Collection<String> files) {
    return entries.stream()
        .filter(e -> files.stream().noneMatch(e::matches))
        .map(Entry::argument)
        .toList();
  }

  boolean takes(String file) {
    return entries.stream().anyMatch(e -> e.matches(file));
  }

  /** The argument as a repository path with forward slashes, no {@code ./}, no trailing slash. */
  private static String relative(String argument, Path root) {
    String text = argument.replace('\\', '/');
    if (text.startsWith("/")) {
      Path absolute = Path.of(text).normalize();
      if (!absolute.startsWith(root)) {
        throw new IllegalArgumentException(
            "the path '" + argument + "' is outside the repository " + root);
      }
      text = root.relativize(absolute).toString().replace('\\', '/');
    }
    List<String> parts = new ArrayList<>();
    for (String part : text.split("/", -1)) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        throw new IllegalArgumentException(
            "the path '"
                + argument
                + "' leaves the repository: give paths relative to its root, without '..'");
      }
      parts.add(part);
    }
    return String.join("/", parts);
  }

  private static Optional<PathMatcher> glob(String pattern) {
    if (pattern.chars().noneMatch(c -> "*?[{".indexOf(c) >= 0)) {
      return Optional.empty();
    }
    try {
      return Optional.of(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
    } catch (PatternSyntaxException e) {
      return Optional.empty(); // not a glob after all: the literal name still matches
    }
  }
}

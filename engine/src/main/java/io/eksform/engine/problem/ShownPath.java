package io.eksform.engine.problem;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A path as messages print it: normalised ({@code a/../b} is {@code b}), and relative to the
 * working folder when it lies inside it, so that users read the shortest name that finds the file.
 */
public final class ShownPath {
  private ShownPath() {}

  /** {@code path} for a message, relative to the working folder when inside it. */
  public static String of(Path path) {
    return of(path, Path.of("").toAbsolutePath());
  }

  /** {@code text} for a message when it is a path; kept as given when it cannot be one. */
  public static String of(String text) {
    if (text.equals("-")) {
      return text;
    }
    try {
      return of(Path.of(text));
    } catch (InvalidPathException e) {
      return text;
    }
  }

  /**
   * A path argument as given relative to {@code workingFolder}, for a message: relative to that
   * folder when inside it, else normalised as given.
   */
  public static String of(String given, Path workingFolder) {
    if (given.equals("-")) {
      return given;
    }
    try {
      Path folder = workingFolder.toAbsolutePath().normalize();
      Path resolved = folder.resolve(given).normalize();
      if (resolved.startsWith(folder)) {
        return of(resolved, folder);
      }
      return of(Path.of(given), folder);
    } catch (InvalidPathException e) {
      return given;
    }
  }

  /** {@code path} for a message, relative to {@code workingFolder} when inside it. */
  static String of(Path path, Path workingFolder) {
    Path normal = path.normalize();
    if (normal.isAbsolute() && normal.startsWith(workingFolder)) {
      String inside = workingFolder.relativize(normal).toString();
      return inside.isEmpty() ? "." : inside;
    }
    String shown = normal.toString();
    return shown.isEmpty() ? "." : shown;
  }
}

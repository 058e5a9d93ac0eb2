package io.eksform.engine.lint;

/**
 * Where a finding points: a file (as the user named it, or "-" for stdin), a 1-based line and
 * column, and the JSON Pointer of the node in the document. Line and column are 0 when unknown (a
 * finding about the whole file).
 */
public record Location(String file, int line, int column, String pointer) {
  public Location {
    java.util.Objects.requireNonNull(file, "file");
    pointer = pointer == null ? "" : pointer;
  }

  /** A location for the file as a whole. */
  public static Location ofFile(String file) {
    return new Location(file, 0, 0, "");
  }

  public boolean hasPosition() {
    return line > 0;
  }
}

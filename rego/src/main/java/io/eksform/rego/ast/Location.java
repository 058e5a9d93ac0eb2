package io.eksform.rego.ast;

/**
 * Where a node was written: file, row and column (both 1-based). Positions describe a node but are
 * not part of its identity, so every location equals every other one and two trees parsed from
 * differently laid out text compare equal.
 */
public record Location(String file, int row, int col) {
  public static final Location NONE = new Location("", 0, 0);

  @Override
  public boolean equals(Object o) {
    return o instanceof Location;
  }

  @Override
  public int hashCode() {
    return 0;
  }

  /** {@code file:row:col}, as parse errors print it. */
  public String text() {
    return file + ":" + row + ":" + col;
  }
}

package io.eksform.rego;

import io.eksform.rego.ast.Location;

/** One rule of a prepared policy: its path under {@code data}, where it is written, its kind. */
public record RuleInfo(String path, Location location, boolean function) {
  /** The last segment of the path, e.g. {@code test_allow}. */
  public String name() {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}

package io.eksform.engine.git;

import java.util.Locale;

/** How a branch changed a file between the merge base and the head. */
public enum ChangeKind {
  ADDED,
  MODIFIED,
  RENAMED,
  DELETED,
  /** Not changed: the file is listed because every file was asked for ({@code --all}). */
  UNCHANGED;

  /** The word shown to users. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}

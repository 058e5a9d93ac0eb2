package io.eksform.engine.git;

import java.util.Optional;

/**
 * A ClusterConfig file a branch changed: its path in the head (the base path for a deleted file),
 * its old path when renamed, its text at the merge base and at the head (empty where the file does
 * not exist), and the head lines the branch touched. Paths are relative to the repository root,
 * with forward slashes.
 */
public record ChangedFile(
    String path,
    Optional<String> oldPath,
    ChangeKind kind,
    Optional<String> baseText,
    Optional<String> headText,
    LineRanges changedLines) {
  public ChangedFile {
    java.util.Objects.requireNonNull(path, "path");
    java.util.Objects.requireNonNull(kind, "kind");
    oldPath = oldPath == null ? Optional.empty() : oldPath;
    baseText = baseText == null ? Optional.empty() : baseText;
    headText = headText == null ? Optional.empty() : headText;
    java.util.Objects.requireNonNull(changedLines, "changedLines");
  }

  /** True when the line (1-based) of the head file was added or changed by the branch. */
  public boolean touches(int line) {
    return kind == ChangeKind.ADDED || changedLines.contains(line);
  }
}

package io.eksform.engine.git;

import java.nio.file.Path;
import java.util.List;

/**
 * What a branch changed: the repository root, the commits compared (the merge base of the base ref
 * and the head, and the head), and the ClusterConfig files, in path order.
 */
public record ChangeSet(Path root, String mergeBase, String head, List<ChangedFile> files) {
  public ChangeSet {
    files = List.copyOf(files);
  }
}

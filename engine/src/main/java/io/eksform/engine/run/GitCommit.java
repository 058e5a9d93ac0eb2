package io.eksform.engine.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** The commit checked out in the git repository holding a path, when there is one. */
final class GitCommit {
  private GitCommit() {}

  static Optional<String> of(Path path) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment();
    builder.findGitDir(path.toAbsolutePath().toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    try (Repository repo = builder.build()) {
      ObjectId head = repo.resolve("HEAD");
      return Optional.ofNullable(head).map(ObjectId::name);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}

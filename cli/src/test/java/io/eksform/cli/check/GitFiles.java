package io.eksform.cli.check;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;

/** Writing files into a test repository and committing everything, through JGit. */
final class GitFiles {
  private GitFiles() {}

  /** Writes {@code text} at {@code path} under {@code dir}, making its folders. */
  static void write(Path dir, String path, String text) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** Stages every new, changed and deleted file and commits them. */
  static RevCommit commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    return git.commit()
        .setMessage(message)
        .setAuthor("t", "t@example.invalid")
        .setCommitter("t", "t@example.invalid")
        .setSign(false)
        .call();
  }
}

package io.eksform.engine.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real git repository in a temporary folder, written and committed through JGit. */
final class TestRepo implements AutoCloseable {
  final Path dir;
  final Git git;

  private TestRepo(Path dir, Git git) {
    this.dir = dir;
    this.git = git;
  }

  static TestRepo init(Path dir) throws GitAPIException {
    return new TestRepo(dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
  }

  TestRepo write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return this;
  }

  TestRepo delete(String path) throws IOException {
    Files.delete(dir.resolve(path));
    return this;
  }

  RevCommit commit(String message) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    return git.commit()
        .setMessage(message)
        .setAuthor("test", "test@example.invalid")
        .setCommitter("test", "test@example.invalid")
        .setSign(false)
        .call();
  }

  void branch(String name) throws GitAPIException {
    git.checkout().setCreateBranch(true).setName(name).call();
  }

  void checkout(String name) throws GitAPIException {
    git.checkout().setName(name).call();
  }

  static String config(String name, int desired) {
    return "apiVersion: eksctl.io/v1alpha5\n"
        + "kind: ClusterConfig\n"
        + "metadata:\n"
        + "  name: "
        + name
        + "\n"
        + "  region: us-west-2\n"
        + "  version: \"1.32\"\n"
        + "managedNodeGroups:\n"
        + "  - name: ng-1\n"
        + "    instanceType: m5.large\n"
        + "    minSize: 1\n"
        + "    maxSize: 10\n"
        + "    desiredCapacity: "
        + desired
        + "\n";
  }

  @Override
  public void close() {
    git.close();
  }
}

package io.eksform.cli.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A branch that adds a config whose file name holds a newline cannot start a line of its own in any
 * output format: no forged {@code ::error} workflow command, no forged finding.
 */
class CheckControlCharactersTest {
  @TempDir Path dir;

  static final String NAME = "clusters/a\n::error file=x.yaml,line=1::all good\n.yaml";

  @Test
  void fileNamesWithNewlinesAreEscapedInEveryFormat() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      GitFiles.write(dir, "README.md", "base\n");
      GitFiles.commit(git, "base");
      git.checkout().setCreateBranch(true).setName("feature").call();
      GitFiles.write(dir, NAME, CheckCommandTest.config("shop", "apps", 2, ""));
      GitFiles.commit(git, "add");
    }
    for (String format : List.of("text", "github", "markdown", "json")) {
      CliRun run = CliRun.of("check", "--base", "main", "-C", dir.toString(), "--format", format);
      String all = run.out() + run.err();
      for (String line : all.split("\n", -1)) {
        assertTrue(!line.startsWith("::error file=x.yaml"), format + ":\n" + all);
        assertTrue(!line.startsWith(".yaml"), format + ":\n" + all);
      }
      assertTrue(all.contains("clusters/a"), format + ":\n" + all);
      assertTrue(!all.contains("clusters/a\n"), format + ":\n" + all);
    }
  }
}

package io.eksform.bench.check;

import io.eksform.cli.EksformCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import picocli.CommandLine;

/**
 * A git repository of 500 ClusterConfig files where a branch changed 5: {@code eksform check --base
 * main} against {@code eksform validate} of those 5 files alone, both in process, warm. The target:
 * check takes under 2x the time of the validation. JMH measures one method after the other, so a
 * machine whose load changes in between skews the ratio: {@link CheckSideBySide} alternates them.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests -Dspotless.check.skip=true && mvn -B
 * -q -pl bench dependency:build-classpath -Dmdep.outputFile=/tmp/bench.cp && java -cp
 * bench/target/classes:$(cat /tmp/bench.cp) org.openjdk.jmh.Main CheckBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CheckBenchmark {
  static final int FILES = 500;
  static final int CHANGED = 5;

  private Path dir;
  private String[] changedFiles;

  static String config(int i, int desired) {
    return "apiVersion: eksctl.io/v1alpha5\n"
        + "kind: ClusterConfig\n"
        + "metadata:\n"
        + "  name: cluster-"
        + i
        + "\n"
        + "  region: eu-west-1\n"
        + "  version: \"1.33\"\n"
        + "fargateProfiles:\n"
        + "  - name: fp-apps\n"
        + "    selectors:\n"
        + "      - namespace: apps-"
        + i
        + "\n"
        + "managedNodeGroups:\n"
        + "  - name: ng-1\n"
        + "    instanceType: m5.large\n"
        + "    minSize: 1\n"
        + "    maxSize: 10\n"
        + "    desiredCapacity: "
        + desired
        + "\n";
  }

  @Setup
  public void repository() throws Exception {
    dir = Files.createTempDirectory("eksform-check-bench-");
    Files.createDirectories(dir.resolve("clusters"));
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      for (int i = 0; i < FILES; i++) {
        Files.writeString(dir.resolve("clusters/c" + i + ".yaml"), config(i, 2));
      }
      commit(git, "500 clusters");
      git.checkout().setCreateBranch(true).setName("change").call();
      List<String> changed = new ArrayList<>();
      for (int i = 0; i < CHANGED; i++) {
        int which = i * (FILES / CHANGED);
        Path file = dir.resolve("clusters/c" + which + ".yaml");
        Files.writeString(file, config(which, 3));
        changed.add(file.toString());
      }
      commit(git, "scale five");
      changedFiles = changed.toArray(String[]::new);
    }
    if (check() != 0 || validateChanged() != 0) {
      throw new IllegalStateException("the benchmark repository should pass");
    }
  }

  private static void commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.commit()
        .setMessage(message)
        .setAuthor("bench", "bench@example.invalid")
        .setCommitter("bench", "bench@example.invalid")
        .setSign(false)
        .call();
  }

  private static int run(String... args) {
    CommandLine cli = EksformCommand.commandLine();
    cli.setOut(new PrintWriter(Writer.nullWriter()));
    cli.setErr(new PrintWriter(Writer.nullWriter()));
    return cli.execute(args);
  }

  @Benchmark
  public int check() {
    return run("check", "--base", "main", "-C", dir.toString());
  }

  @Benchmark
  public int validateChanged() {
    String[] args = new String[changedFiles.length + 1];
    args[0] = "validate";
    System.arraycopy(changedFiles, 0, args, 1, changedFiles.length);
    return run(args);
  }

  @TearDown
  public void remove() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

package io.eksform.bench.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The makespan of creating the new-cluster example from nothing (network, cluster role, cluster,
 * default add-ons, OIDC provider, node group, Fargate profile, IRSA service account) on an empty
 * sandbox account with realistic durations scaled by one factor, against the plan's critical path
 * ({@link CriticalPath}), and the time the same changes take one after another.
 *
 * <p>Run from the repository root: {@code mvn -B -q -pl bench -am compile
 * dependency:build-classpath -Dmdep.outputFile=/tmp/bench.cp && java -cp bench/target/classes:$(cat
 * /tmp/bench.cp) io.eksform.bench.apply.CreateMakespanBenchmark [scale=0.01] [runs=3]}
 */
public final class CreateMakespanBenchmark {
  private static final Path EXAMPLE = Path.of("examples", "new-cluster", "clusterconfig.yaml");

  private CreateMakespanBenchmark() {}

  public static void main(String[] args) throws IOException {
    double scale = args.length > 0 ? Double.parseDouble(args[0]) : 0.01;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    String yaml = Files.readString(EXAMPLE);
    System.out.printf(Locale.ROOT, "a cluster created from nothing, scale %.3f%n", scale);
    for (int i = 1; i <= runs; i++) {
      System.out.println(MakespanRun.once("empty", scale, yaml, MakespanRun.options()).line(i));
    }
  }
}

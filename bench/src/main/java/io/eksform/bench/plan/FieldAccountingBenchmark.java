package io.eksform.bench.plan;

import io.eksform.engine.config.ConfigDocument;
import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.ConfigFields;
import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.intent.IntentPlanner;
import io.eksform.engine.plan.Provenance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What accounting for every field costs a plan: offline plans (each config of the shared eksctl
 * corpus against the state it would leave, as {@code check} plans them) with the config's fields,
 * beside the same plans of the same configs stripped of their fields (nothing to account for), in
 * one run. The difference is the field ledger's share of planning.
 *
 * <p>Run: {@code java -cp bench/target/classes:$(cat /tmp/bench.cp) org.openjdk.jmh.Main
 * FieldAccountingBenchmark -f 1 -wi 5 -i 5 -jvmArgsAppend -Deksform.shared.dir=../shared}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FieldAccountingBenchmark {
  private static final Provenance PROVENANCE =
      new Provenance("bench", "c.yaml", "", "", Optional.empty());
  private List<ClusterSpec> accounted;
  private List<ClusterSpec> stripped;

  @Setup
  public void setUp() throws IOException {
    Path corpus =
        Path.of(System.getProperty("eksform.shared.dir", "../shared"), "corpus", "eksctl-examples");
    if (!Files.isDirectory(corpus)) {
      throw new IllegalStateException("the shared eksctl corpus is absent: " + corpus);
    }
    ConfigLoader loader = new ConfigLoader(LoadOptions.defaults(), InputStream.nullInputStream());
    List<ClusterSpec> specs = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        for (ConfigDocument doc :
            loader.load(SourceText.of(file.toString(), Files.readString(file))).configs()) {
          specs.add(DesiredState.from(doc));
        }
      }
    }
    accounted = List.copyOf(specs);
    stripped = specs.stream().map(FieldAccountingBenchmark::withoutFields).toList();
    System.out.println(accounted.size() + " configs");
  }

  private static ClusterSpec withoutFields(ClusterSpec s) {
    return new ClusterSpec(
        s.name(),
        s.region(),
        s.version(),
        s.tags(),
        s.withOidc(),
        s.logTypes(),
        s.endpointPublicAccess(),
        s.endpointPrivateAccess(),
        s.fargatePodExecutionRoleArn(),
        s.serviceAccounts(),
        s.fargateProfiles(),
        s.managedNodeGroups(),
        s.addons(),
        ConfigFields.NONE);
  }

  @Benchmark
  public void plansAccountingForEveryField(Blackhole out) {
    for (ClusterSpec s : accounted) {
      out.consume(IntentPlanner.plan(Optional.of(s), s, PROVENANCE));
    }
  }

  @Benchmark
  public void plansWithNoFieldsToAccountFor(Blackhole out) {
    for (ClusterSpec s : stripped) {
      out.consume(IntentPlanner.plan(Optional.of(s), s, PROVENANCE));
    }
  }
}

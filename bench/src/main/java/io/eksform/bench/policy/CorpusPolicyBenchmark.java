package io.eksform.bench.policy;

import io.eksform.engine.policy.EmbeddedBackend;
import io.eksform.engine.policy.PolicyOptions;
import io.eksform.engine.policy.PolicySources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The built-in rule set over every clean config of the shared eksctl corpus (the files the
 * throughput run copies 40 times): the policy share of {@code eksform validate} on real, mostly
 * small configs, warm. Reports the time for the whole corpus; divide by the document count printed
 * at setup for the cost per document. The corpus is found through {@code -Deksform.shared.dir}
 * (default {@code ../shared}).
 *
 * <p>Run: {@code java -cp bench/target/classes:$(cat /tmp/bench.cp) org.openjdk.jmh.Main
 * CorpusPolicyBenchmark -f 1 -wi 5 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CorpusPolicyBenchmark {
  private EmbeddedBackend backend;
  private List<JsonNode> documents;

  @Setup
  public void setUp() throws IOException {
    Path corpus =
        Path.of(System.getProperty("eksform.shared.dir", "../shared"), "corpus", "eksctl-examples");
    if (!Files.isDirectory(corpus)) {
      throw new IllegalStateException("the shared eksctl corpus is absent: " + corpus);
    }
    YAMLMapper yaml = new YAMLMapper();
    List<JsonNode> docs = new ArrayList<>();
    for (String line : Files.readAllLines(corpus.resolve("EXPECT.tsv"))) {
      String[] cells = line.split("\t");
      if (cells.length > 1 && cells[1].equals("clean")) {
        try (MappingIterator<JsonNode> it =
            yaml.readerFor(JsonNode.class).readValues(corpus.resolve(cells[0]).toFile())) {
          it.forEachRemaining(docs::add);
        }
      }
    }
    documents = List.copyOf(docs);
    PolicyOptions options = PolicyOptions.builtinOnly();
    backend = new EmbeddedBackend(PolicySources.load(options), options);
    System.out.println("documents: " + documents.size());
  }

  @Benchmark
  public int corpus() {
    int findings = 0;
    for (JsonNode d : documents) {
      findings += backend.evaluate(d).size();
    }
    return findings;
  }
}

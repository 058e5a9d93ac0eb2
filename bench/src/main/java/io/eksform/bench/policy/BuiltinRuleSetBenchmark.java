package io.eksform.bench.policy;

import io.eksform.engine.policy.EmbeddedBackend;
import io.eksform.engine.policy.Finding;
import io.eksform.engine.policy.PolicyOptions;
import io.eksform.engine.policy.PolicySources;
import java.io.IOException;
import java.io.InputStream;
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
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The whole built-in rule set (every rule of the policies module) over one ClusterConfig with
 * Fargate profiles, service accounts, node groups, a VPC and tags: the policy cost of {@code
 * eksform validate} per document, warm. Sample mode, so JMH reports the median (p0.50); the target
 * is under 2 ms.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests -Dspotless.check.skip=true && mvn -B
 * -q -pl bench dependency:build-classpath -Dmdep.outputFile=/tmp/bench.cp && java -cp
 * bench/target/classes:$(cat /tmp/bench.cp) org.openjdk.jmh.Main BuiltinRuleSetBenchmark -f 1 -wi 5
 * -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BuiltinRuleSetBenchmark {
  private EmbeddedBackend backend;
  private JsonNode input;

  @Setup
  public void setUp() throws IOException {
    PolicyOptions options = PolicyOptions.builtinOnly();
    backend = new EmbeddedBackend(PolicySources.load(options), options);
    try (InputStream in = BuiltinRuleSetBenchmark.class.getResourceAsStream("clusterconfig.yaml")) {
      input = new YAMLMapper().readTree(in);
    }
    List<Finding> findings = backend.evaluate(input);
    if (findings.isEmpty()) {
      throw new IllegalStateException("the benchmark config should trigger a few rules");
    }
  }

  @Benchmark
  public List<Finding> builtinRuleSet() {
    return backend.evaluate(input);
  }
}

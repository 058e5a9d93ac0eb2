package io.eksform.bench.rego;

import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.Rego;
import io.eksform.rego.eval.Options;
import io.eksform.rego.value.JsonValues;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluates a 20-rule conftest-style policy (deny and warn sets) over one eksctl ClusterConfig, as
 * {@code eksform lint} does per file. Sample mode, so JMH reports the median (p0.50).
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests -Dspotless.check.skip=true && mvn -B
 * -q -pl bench dependency:build-classpath -Dmdep.outputFile=/tmp/bench.cp && java -cp
 * bench/target/classes:$(cat /tmp/bench.cp) org.openjdk.jmh.Main ClusterPolicyBenchmark -f 1 -wi 3
 * -i 5 -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClusterPolicyBenchmark {
  private PreparedPolicy.Query deny;
  private PreparedPolicy.Query warn;
  private Value input;

  @Setup
  public void setUp() throws IOException {
    PreparedPolicy policy =
        Rego.prepare(Map.of("policy.rego", resource("policy.rego")), ObjectValue.EMPTY);
    deny = policy.query("x = data.main.deny");
    warn = policy.query("x = data.main.warn");
    input =
        JsonValues.fromJson(JsonMapper.builder().build().readTree(resource("clusterconfig.json")));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ClusterPolicyBenchmark.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Both rule sets over one config: what a lint run does for each file. */
  @Benchmark
  public Object denyAndWarn() {
    Options options = Options.defaults();
    List<Map<String, Value>> d = deny.eval(input, options);
    List<Map<String, Value>> w = warn.eval(input, options);
    return new Object[] {d, w};
  }
}

package io.eksform.bench.rego;

import io.eksform.rego.conformance.ConformanceSuite;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Wall time of the whole OPA conformance suite (parse, compile and evaluate every case), read from
 * {@code -Deksform.shared.dir} (default {@code ../shared}).
 *
 * <p>Run: {@code java -cp bench/target/classes:$(cat /tmp/bench.cp) org.openjdk.jmh.Main
 * ConformanceSuiteBenchmark -f 1 -wi 1 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConformanceSuiteBenchmark {
  private Path dir;

  @Setup
  public void setUp() {
    dir =
        Path.of(System.getProperty("eksform.shared.dir", "../shared"), "corpus", "opa-conformance");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("conformance corpus not found at " + dir.toAbsolutePath());
    }
  }

  /** Runs every case once; the report goes nowhere. */
  @Benchmark
  public long wholeSuite() throws IOException {
    PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
    return ConformanceSuite.run(dir, sink).passed();
  }
}

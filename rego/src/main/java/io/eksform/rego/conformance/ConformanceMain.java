package io.eksform.rego.conformance;

import io.eksform.rego.ast.RegoVersion;
import java.nio.file.Path;

/**
 * Runs the conformance suite from the command line: {@code ConformanceMain DIR [FILTER [v0|v1]]}.
 */
public final class ConformanceMain {
  private ConformanceMain() {}

  public static void main(String[] args) throws Exception {
    RegoVersion version = args.length > 2 ? RegoVersion.parse(args[2]) : RegoVersion.V1;
    ConformanceSuite.Summary s =
        ConformanceSuite.run(Path.of(args[0]), args.length > 1 ? args[1] : "", version, System.out);
    System.exit(s.unexplained().isEmpty() ? 0 : 1);
  }
}

package io.eksform.rego.conformance;

import java.nio.file.Path;

/** Runs the conformance suite from the command line: {@code ConformanceMain DIR}. */
public final class ConformanceMain {
  private ConformanceMain() {}

  public static void main(String[] args) throws Exception {
    ConformanceSuite.Summary s =
        ConformanceSuite.run(Path.of(args[0]), args.length > 1 ? args[1] : "", System.out);
    System.exit(s.unexplained().isEmpty() ? 0 : 1);
  }
}

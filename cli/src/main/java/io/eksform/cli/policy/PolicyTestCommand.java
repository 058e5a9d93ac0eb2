package io.eksform.cli.policy;

import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.testing.PolicyTests;
import io.eksform.rego.testing.TestReport;
import io.eksform.rego.testing.TestResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eksform policy test DIR...}: runs every {@code test_*} rule as {@code opa test} does and
 * exits 1 when one fails.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = "Run the test_* rules of Rego files (with `with` mocking), like opa test.")
public final class PolicyTestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Rego files or folders.")
  List<Path> paths;

  @Option(names = "--coverage", description = "Also report which rules the tests evaluated.")
  boolean coverage;

  @Override
  public Integer call() {
    PreparedPolicy policy = PolicySources.load(paths, true);
    TestReport report = PolicyTests.run(policy, coverage);
    PrintWriter out = spec.commandLine().getOut();
    for (TestResult r : report.results()) {
      String line = r.name() + ": " + r.status() + " (" + micros(r.nanos()) + ")";
      out.println(line);
      if (r.status() != TestResult.Status.PASS && !r.detail().isEmpty()) {
        out.println("  " + r.detail());
      }
    }
    out.println("-".repeat(80));
    int total = report.results().size();
    for (TestResult.Status s : TestResult.Status.values()) {
      long n = report.count(s);
      if (n > 0 || (s == TestResult.Status.PASS && total == 0)) {
        out.println(s + ": " + n + "/" + total);
      }
    }
    if (coverage) {
      out.println();
      out.println("rule coverage:");
      for (Map.Entry<String, TestReport.Coverage> e : report.coverage().entrySet()) {
        TestReport.Coverage c = e.getValue();
        out.printf(
            "  %s: %.1f%% (%d/%d rules)%s%n",
            e.getKey(),
            c.percent(),
            c.covered().size(),
            c.covered().size() + c.notCovered().size(),
            c.notCovered().isEmpty() ? "" : ", not covered: lines " + c.notCovered());
      }
    }
    out.flush();
    return report.allPassed() ? 0 : 1;
  }

  private static String micros(long nanos) {
    return nanos >= 1_000_000 ? (nanos / 1_000_000) + "ms" : (nanos / 1_000) + "µs";
  }
}

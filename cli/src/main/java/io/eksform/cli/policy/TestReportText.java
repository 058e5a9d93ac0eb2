package io.eksform.cli.policy;

import io.eksform.rego.testing.TestReport;
import io.eksform.rego.testing.TestResult;
import java.io.PrintWriter;
import java.util.Map;

/** Prints a policy test report as {@code opa test -v} does: each test, why it failed, totals. */
final class TestReportText {
  private TestReportText() {}

  static void print(TestReport report, boolean coverage, PrintWriter out) {
    for (TestResult r : report.results()) {
      out.println(r.name() + ": " + r.status() + " (" + micros(r.nanos()) + ")");
      if (r.status() != TestResult.Status.PASS && !r.detail().isEmpty()) {
        r.detail().lines().forEach(l -> out.println("  " + l));
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
      out.printf("rule coverage: %.1f%%%n", report.coveragePercent());
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
  }

  static String micros(long nanos) {
    return nanos >= 1_000_000 ? (nanos / 1_000_000) + "ms" : (nanos / 1_000) + "µs";
  }
}

package io.eksform.rego.testing;

import java.util.List;
import java.util.Map;

/**
 * The results of a test run and, when requested, rule coverage: for each module file, the rules (by
 * their first line) that were evaluated successfully and those that never were.
 */
public record TestReport(List<TestResult> results, Map<String, Coverage> coverage) {
  public TestReport {
    results = List.copyOf(results);
    coverage = Map.copyOf(coverage);
  }

  /** Rule coverage of one file: covered and uncovered rule lines. */
  public record Coverage(List<Integer> covered, List<Integer> notCovered) {
    public double percent() {
      int n = covered.size() + notCovered.size();
      return n == 0 ? 100.0 : 100.0 * covered.size() / n;
    }
  }

  /** The share of all files' rules the tests evaluated, in percent (100 with no rule). */
  public double coveragePercent() {
    int covered = 0;
    int total = 0;
    for (Coverage c : coverage.values()) {
      covered += c.covered().size();
      total += c.covered().size() + c.notCovered().size();
    }
    return total == 0 ? 100.0 : 100.0 * covered / total;
  }

  public long count(TestResult.Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  /** True when no test failed or errored (skipped tests do not count against). */
  public boolean allPassed() {
    return results.stream()
        .allMatch(
            r -> r.status() == TestResult.Status.PASS || r.status() == TestResult.Status.SKIPPED);
  }
}

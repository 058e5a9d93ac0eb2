package io.eksform.cli.policy;

import io.eksform.rego.testing.TestReport;
import io.eksform.rego.testing.TestResult;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A policy test report as JSON: one object per test ({@code package}, {@code name}, {@code
 * duration} in nanoseconds, {@code fail}, {@code error}, {@code skip}, {@code message}), and with
 * coverage a {@code coverage} object with the total and per-file percentages.
 */
final class TestReportJson {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private TestReportJson() {}

  static String render(List<TestReport> reports, boolean coverage) {
    ArrayNode tests = JSON.createArrayNode();
    for (TestReport report : reports) {
      for (TestResult r : report.results()) {
        ObjectNode t = tests.addObject();
        int dot = r.name().lastIndexOf('.');
        t.put("package", dot < 0 ? "" : r.name().substring(0, dot));
        t.put("name", r.name().substring(dot + 1));
        t.put("duration", r.nanos());
        t.put("fail", r.status() == TestResult.Status.FAIL);
        t.put("error", r.status() == TestResult.Status.ERROR);
        t.put("skip", r.status() == TestResult.Status.SKIPPED);
        if (!r.detail().isEmpty()) {
          t.put("message", r.detail());
        }
      }
    }
    if (!coverage) {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tests);
    }
    ObjectNode root = JSON.createObjectNode();
    root.set("tests", tests);
    ObjectNode cov = root.putObject("coverage");
    ObjectNode files = cov.putObject("files");
    int covered = 0;
    int total = 0;
    for (TestReport report : reports) {
      for (Map.Entry<String, TestReport.Coverage> e : report.coverage().entrySet()) {
        TestReport.Coverage c = e.getValue();
        ObjectNode f = files.putObject(e.getKey());
        f.put("coverage", c.percent());
        c.covered().forEach(f.putArray("covered")::add);
        c.notCovered().forEach(f.putArray("not_covered")::add);
        covered += c.covered().size();
        total += c.covered().size() + c.notCovered().size();
      }
    }
    cov.put("coverage", total == 0 ? 100.0 : 100.0 * covered / total);
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }
}

package io.eksform.engine.report.lint;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.FileReport;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Location;
import java.io.IOException;

/**
 * JUnit XML for CI systems that show test reports: one test suite per file and one test case per
 * finding; findings at or above the failure threshold are failures, the rest pass with the finding
 * in their output; a file without findings is one passing test case, so CI lists it too.
 */
final class JunitLintRenderer implements LintRenderer {

  @Override
  public void render(LintReport report, RenderOptions options, Appendable out) throws IOException {
    SortedReport sorted = SortedReport.of(report);
    long tests = 0;
    long failures = 0;
    long skipped = 0;
    StringBuilder suites = new StringBuilder();
    for (FileReport file : sorted.files()) {
      Suite suite = suite(file, options);
      tests += suite.tests;
      failures += suite.failures;
      skipped += suite.skipped;
      suites.append(suite.xml);
    }
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuites name=\"eksform\"")
        .append(counts(tests, failures, skipped))
        .append(">\n");
    out.append(suites);
    out.append("</testsuites>\n");
  }

  private static Suite suite(FileReport file, RenderOptions options) {
    Suite suite = new Suite();
    StringBuilder cases = new StringBuilder();
    String name = Xml.attribute(file.file());
    boolean skippedFile = file.status() == FileReport.Status.SKIPPED;
    if (file.diagnostics().isEmpty()) {
      suite.tests++;
      cases
          .append("    <testcase classname=\"")
          .append(name)
          .append("\" file=\"")
          .append(name)
          .append("\" name=\"");
      if (skippedFile) {
        suite.skipped++;
        cases.append("skipped\">\n");
        cases.append("      <skipped message=\"not an eksctl ClusterConfig\"/>\n");
        cases.append("    </testcase>\n");
      } else {
        cases.append("no findings\"/>\n");
      }
    }
    for (Diagnostic d : file.diagnostics()) {
      suite.tests++;
      cases
          .append("    <testcase classname=\"")
          .append(name)
          .append("\" file=\"")
          .append(name)
          .append("\" name=\"")
          .append(Xml.attribute(caseName(d)))
          .append("\">\n");
      String description = Xml.text(describe(d));
      if (d.severity().atLeast(options.failOn())) {
        suite.failures++;
        cases
            .append("      <failure type=\"")
            .append(Xml.attribute(d.ruleId()))
            .append("\" message=\"")
            .append(Xml.attribute(d.severity().word() + ": " + d.message()))
            .append("\">")
            .append(description)
            .append("</failure>\n");
      } else if (skippedFile) {
        suite.skipped++;
        cases
            .append("      <skipped message=\"")
            .append(Xml.attribute(d.message()))
            .append("\"/>\n");
      } else {
        cases.append("      <system-out>").append(description).append("</system-out>\n");
      }
      cases.append("    </testcase>\n");
    }
    suite
        .xml
        .append("  <testsuite name=\"")
        .append(name)
        .append('"')
        .append(counts(suite.tests, suite.failures, suite.skipped))
        .append(">\n")
        .append(cases)
        .append("  </testsuite>\n");
    return suite;
  }

  private static String caseName(Diagnostic d) {
    Location at = d.location();
    if (!at.hasPosition()) {
      return d.ruleId();
    }
    return d.ruleId() + " at " + at.line() + (at.column() > 0 ? ":" + at.column() : "");
  }

  /** The finding as one line of the text format, and its hint on the next. */
  private static String describe(Diagnostic d) {
    Location at = d.location();
    StringBuilder s = new StringBuilder(at.file());
    if (at.hasPosition()) {
      s.append(':').append(at.line());
      if (at.column() > 0) {
        s.append(':').append(at.column());
      }
    }
    s.append(": ").append(d.severity().word()).append('[').append(d.ruleId()).append("]: ");
    s.append(d.message());
    d.hint().ifPresent(h -> s.append("\nhint: ").append(h));
    return s.toString();
  }

  private static String counts(long tests, long failures, long skipped) {
    return " tests=\""
        + tests
        + "\" failures=\""
        + failures
        + "\" errors=\"0\" skipped=\""
        + skipped
        + "\"";
  }

  /** One file's test suite while it is being written. */
  private static final class Suite {
    long tests;
    long failures;
    long skipped;
    final StringBuilder xml = new StringBuilder();
  }
}

package io.eksform.engine.report.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.FileReport;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Location;
import io.eksform.engine.lint.Severity;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** JUnit XML: well-formed whatever the text, with failures only at or above the threshold. */
class JunitLintRendererTest {
  private static final RenderOptions OPTIONS = RenderOptions.plain(ReportCases.VERSION);

  @Test
  void everyCaseIsWellFormedWithConsistentCounts() throws Exception {
    for (LintReport report : ReportCases.all().values()) {
      Element root = parse(render(report, OPTIONS)).getDocumentElement();
      assertEquals("testsuites", root.getTagName());
      assertEquals(
          root.getElementsByTagName("testcase").getLength(),
          Integer.parseInt(root.getAttribute("tests")));
      assertEquals(
          root.getElementsByTagName("failure").getLength(),
          Integer.parseInt(root.getAttribute("failures")));
      assertEquals(
          root.getElementsByTagName("skipped").getLength(),
          Integer.parseInt(root.getAttribute("skipped")));
    }
  }

  @Test
  void aCleanFileIsOnePassingTestCase() throws Exception {
    Element root = parse(render(ReportCases.clean(), OPTIONS)).getDocumentElement();
    assertEquals("1", root.getAttribute("tests"));
    assertEquals("0", root.getAttribute("failures"));
  }

  @Test
  void theThresholdDecidesWhatFails() throws Exception {
    LintReport findings = ReportCases.findings();
    assertEquals("4", failures(render(findings, OPTIONS)));
    assertEquals("5", failures(render(findings, OPTIONS.withFailOn(Severity.WARNING))));
    assertEquals("6", failures(render(findings, OPTIONS.withFailOn(Severity.INFO))));
  }

  @Property(tries = 200)
  void anyMessageAndFileNameStayWellFormed(@ForAll String message, @ForAll String file)
      throws Exception {
    String name = file.isEmpty() ? "x" : file;
    Diagnostic d = Diagnostic.of("r/x", Severity.ERROR, message, new Location(name, 2, 3, ""));
    LintReport report =
        new LintReport(
            List.of(new FileReport(name, FileReport.Status.CHECKED, List.of(), List.of(d))));
    Element failure =
        (Element) parse(render(report, OPTIONS)).getElementsByTagName("failure").item(0);
    String expected = d.severity().word() + ": " + message;
    if (expected.chars().allMatch(JunitLintRendererTest::xmlCharacter)) {
      assertEquals(expected, failure.getAttribute("message"));
    }
  }

  /** Characters XML 1.0 carries as they are (surrogate pairs count as two). */
  private static boolean xmlCharacter(int c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c < 0xd800)
        || (c > 0xdfff && c < 0xfffe);
  }

  private static String failures(String xml) throws Exception {
    return parse(xml).getDocumentElement().getAttribute("failures");
  }

  private static String render(LintReport report, RenderOptions options) {
    return LintFormat.JUNIT.renderer().renderToString(report, options);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }
}

package io.eksform.engine.report.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.FileReport;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Location;
import io.eksform.engine.lint.Severity;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The text format: summary last, colour only when asked, carets under the column. */
class TextLintRendererTest {
  private static final RenderOptions OPTIONS = RenderOptions.plain(ReportCases.VERSION);

  @Test
  void theSummaryIsTheLastLine() {
    for (LintReport report : ReportCases.all().values()) {
      String[] lines = render(report, OPTIONS).split("\n");
      assertTrue(lines[lines.length - 1].matches("\\d+ files? checked, \\d+ errors?, .*"));
    }
  }

  @Test
  void summaryCountsAndPlurals() {
    assertEquals(
        "2 files checked, 4 errors, 1 warning, 1 info",
        lastLine(render(ReportCases.findings(), OPTIONS)));
    assertEquals(
        "1 file checked, 0 errors, 0 warnings", lastLine(render(ReportCases.clean(), OPTIONS)));
    assertEquals(
        "1 file checked, 1 error, 0 warnings, 1 failed",
        lastLine(render(ReportCases.failedBinary(), OPTIONS)));
  }

  @Test
  void colourOnlyWhenAsked() {
    assertFalse(render(ReportCases.findings(), OPTIONS).contains("\u001b"));
    String coloured = render(ReportCases.findings(), OPTIONS.withColour(true));
    assertTrue(coloured.contains("\u001b[1;31merror[schema/type]\u001b[0m"));
  }

  @Test
  void controlCharactersFromTheFileNeverReachTheTerminal() {
    String out = render(ReportCases.escaping(), OPTIONS);
    assertFalse(out.contains("\u001b"));
    assertTrue(out.contains("\\u001b[31m"));
  }

  @Test
  void theCaretSitsUnderTheColumnEvenAfterATab() {
    List<String> source = List.of("\tkey:  value");
    Diagnostic d = Diagnostic.of("r/x", Severity.ERROR, "m", new Location("c.yaml", 1, 8, "/key"));
    String out =
        render(
            new LintReport(
                List.of(new FileReport("c.yaml", FileReport.Status.CHECKED, source, List.of(d)))),
            OPTIONS);
    assertTrue(out.contains("  1 | \tkey:  value\n    | \t      ^\n"), out);
  }

  @Test
  void aFindingBeyondTheSourceHasNoSnippet() {
    Diagnostic d =
        Diagnostic.of("r/x", Severity.WARNING, "m", new Location("c.yaml", 9, 1, "/key"));
    String out =
        render(
            new LintReport(
                List.of(
                    new FileReport(
                        "c.yaml", FileReport.Status.CHECKED, List.of("a: 1"), List.of(d)))),
            OPTIONS);
    assertEquals("c.yaml:9:1: warning[r/x]: m\n\n1 file checked, 0 errors, 1 warning\n", out);
  }

  @Property(tries = 200)
  void anyColumnOnAnyLineRendersWithoutFailing(@ForAll String line, @ForAll int column) {
    int col = Math.floorMod(column, line.length() + 3) + 1;
    Diagnostic d = Diagnostic.of("r/x", Severity.ERROR, "m", new Location("c.yaml", 1, col, ""));
    String out =
        render(
            new LintReport(
                List.of(
                    new FileReport(
                        "c.yaml", FileReport.Status.CHECKED, List.of(line), List.of(d)))),
            OPTIONS);
    assertTrue(out.endsWith("1 file checked, 1 error, 0 warnings\n"));
    assertTrue(out.contains("^"));
  }

  private static String lastLine(String text) {
    String[] lines = text.split("\n");
    return lines[lines.length - 1];
  }

  private static String render(LintReport report, RenderOptions options) {
    return LintFormat.TEXT.renderer().renderToString(report, options);
  }
}

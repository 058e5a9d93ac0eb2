package io.eksform.engine.report.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.FileReport;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Location;
import io.eksform.engine.lint.Severity;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** GitHub workflow commands: one line per finding, escaped as the Actions runner expects. */
class GithubLintRendererTest {
  private static final RenderOptions OPTIONS = RenderOptions.plain(ReportCases.VERSION);

  @Test
  void dataEscapesPercentCarriageReturnAndNewline() {
    assertEquals("50%25 a%0D%0Ab: c, d", GithubLintRenderer.data("50% a\r\nb: c, d"));
  }

  @Test
  void propertiesAlsoEscapeColonAndComma() {
    assertEquals("a%2Cb%3Ac%25d%0A", GithubLintRenderer.property("a,b:c%d\n"));
  }

  @Test
  void severitiesMapToErrorWarningAndNotice() {
    String out =
        LintFormat.GITHUB
            .renderer()
            .renderToString(
                report(
                    finding(Severity.ERROR, 3, 1),
                    finding(Severity.WARNING, 4, 0),
                    finding(Severity.INFO, 0, 0)),
                OPTIONS);
    assertEquals(
        "::notice file=c.yaml,title=r/x::m\n"
            + "::error file=c.yaml,line=3,col=1,title=r/x::m\n"
            + "::warning file=c.yaml,line=4,title=r/x::m\n",
        out);
  }

  @Property(tries = 200)
  void everyFindingIsOneLineThatUnescapesToItsMessage(@ForAll String message) {
    Diagnostic d =
        Diagnostic.of("r/x", Severity.ERROR, message, new Location("c.yaml", 1, 1, "/a"));
    String out = LintFormat.GITHUB.renderer().renderToString(report(d), OPTIONS);
    assertEquals(1, out.split("\n", -1).length - 1, out);
    String data = out.substring(out.indexOf("::", 2) + 2, out.length() - 1);
    assertFalse(data.contains("\r"));
    String unescaped = data.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
    assertEquals(TerminalText.safe(message), TerminalText.safe(unescaped));
  }

  private static Diagnostic finding(Severity severity, int line, int column) {
    return Diagnostic.of("r/x", severity, "m", new Location("c.yaml", line, column, ""));
  }

  private static LintReport report(Diagnostic... found) {
    return new LintReport(
        List.of(new FileReport("c.yaml", FileReport.Status.CHECKED, List.of(), List.of(found))));
  }
}

package io.eksform.engine.report.lint;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Location;
import java.io.IOException;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...,col=...,title=...::message}),
 * which GitHub turns into annotations on the pull request's lines.
 */
final class GithubLintRenderer implements LintRenderer {

  @Override
  public void render(LintReport report, RenderOptions options, Appendable out) throws IOException {
    for (Diagnostic d : SortedReport.of(report).diagnostics()) {
      Location at = d.location();
      out.append("::").append(command(d)).append(" file=").append(property(at.file()));
      if (at.hasPosition()) {
        out.append(",line=").append(Integer.toString(at.line()));
        if (at.column() > 0) {
          out.append(",col=").append(Integer.toString(at.column()));
        }
      }
      out.append(",title=").append(property(d.ruleId())).append("::");
      out.append(data(d.hint().map(h -> d.message() + "\nhint: " + h).orElse(d.message())));
      out.append('\n');
    }
  }

  private static String command(Diagnostic d) {
    return switch (d.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /**
   * The message part: '%', CR and LF are escaped, as the runner unescapes them; other control
   * characters, which the job log would interpret, are shown as escapes.
   */
  static String data(String text) {
    return TerminalText.safe(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
  }

  /** A property value: as data, plus ':' and ',' which would end the value. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}

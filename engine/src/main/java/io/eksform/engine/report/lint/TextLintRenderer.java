package io.eksform.engine.report.lint;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.FileReport;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Location;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.lint.Suppression;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The default, human format: {@code path:line:col: error[rule]: message}, the source line with a
 * caret under the column, the hint; then each file's suppressed findings, one faint line each with
 * how, why and until when; and a summary as the last line.
 */
final class TextLintRenderer implements LintRenderer {

  @Override
  public void render(LintReport report, RenderOptions options, Appendable out) throws IOException {
    SortedReport sorted = SortedReport.of(report);
    Ansi ansi = new Ansi(options.colour());
    for (FileReport file : sorted.files()) {
      if (file.status() == FileReport.Status.SKIPPED && file.diagnostics().isEmpty()) {
        out.append(ansi.bold(TerminalText.safe(file.file()) + ":"))
            .append(' ')
            .append(ansi.severity(Severity.INFO, "info"))
            .append(": skipped, not an eksctl ClusterConfig\n\n");
      }
      for (Diagnostic d : file.diagnostics()) {
        writeDiagnostic(d, file.sourceLines(), ansi, out);
        out.append('\n');
      }
      writeSuppressed(file, ansi, out);
    }
    out.append(ansi.bold(summary(sorted.totals()))).append('\n');
  }

  private static void writeDiagnostic(Diagnostic d, List<String> source, Ansi ansi, Appendable out)
      throws IOException {
    Location at = d.location();
    String where = TerminalText.safe(at.file());
    if (at.hasPosition()) {
      where += ":" + at.line() + (at.column() > 0 ? ":" + at.column() : "");
    }
    out.append(ansi.bold(where + ":"))
        .append(' ')
        .append(ansi.severity(d.severity(), d.severity().word() + "[" + d.ruleId() + "]"))
        .append(": ")
        .append(TerminalText.safe(d.message()))
        .append('\n');
    if (at.hasPosition() && at.line() <= source.size()) {
      String line = source.get(at.line() - 1);
      String number = Integer.toString(at.line());
      String blank = " ".repeat(number.length());
      out.append("  ")
          .append(ansi.gutter(number + " |"))
          .append(line.isEmpty() ? "" : " " + TerminalText.safe(line))
          .append('\n');
      if (at.column() > 0) {
        out.append("  ")
            .append(ansi.gutter(blank + " |"))
            .append(' ')
            .append(TerminalText.padTo(line, at.column()))
            .append(ansi.severity(d.severity(), "^"))
            .append('\n');
      }
    }
    if (d.hint().isPresent()) {
      out.append("  ")
          .append(ansi.hint("= hint:"))
          .append(' ')
          .append(TerminalText.safe(d.hint().get()))
          .append('\n');
    }
  }

  private static void writeSuppressed(FileReport file, Ansi ansi, Appendable out)
      throws IOException {
    if (file.suppressed().isEmpty()) {
      return;
    }
    List<Suppression> sorted = new ArrayList<>(file.suppressed());
    sorted.sort(
        Comparator.comparingInt((Suppression s) -> s.diagnostic().location().line())
            .thenComparingInt(s -> s.diagnostic().location().column()));
    for (Suppression s : sorted) {
      Diagnostic d = s.diagnostic();
      Location at = d.location();
      String where = TerminalText.safe(at.file());
      if (at.hasPosition()) {
        where += ":" + at.line() + (at.column() > 0 ? ":" + at.column() : "");
      }
      String why =
          s.kind().word()
              + (s.reason().isEmpty() ? "" : ": " + s.reason())
              + s.until().map(u -> ", until " + u).orElse("");
      out.append(
              ansi.dim(
                  where
                      + ": suppressed "
                      + d.severity().word()
                      + "["
                      + d.ruleId()
                      + "]: "
                      + TerminalText.safe(d.message())
                      + " ("
                      + TerminalText.safe(why)
                      + ")"))
          .append('\n');
    }
    out.append('\n');
  }

  /**
   * "2 files checked, 1 error, 0 warnings", then infos, suppressed findings, skipped and failed
   * files when any.
   */
  static String summary(SortedReport.Totals t) {
    List<String> parts = new ArrayList<>();
    parts.add(plural(t.checked(), "file", "files") + " checked");
    parts.add(plural(t.errors(), "error", "errors"));
    parts.add(plural(t.warnings(), "warning", "warnings"));
    if (t.infos() > 0) {
      parts.add(plural(t.infos(), "info", "infos"));
    }
    if (t.suppressed() > 0) {
      parts.add(t.suppressed() + " suppressed");
    }
    if (t.skipped() > 0) {
      parts.add(t.skipped() + " skipped");
    }
    if (t.failed() > 0) {
      parts.add(t.failed() + " failed");
    }
    return String.join(", ", parts);
  }

  private static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}

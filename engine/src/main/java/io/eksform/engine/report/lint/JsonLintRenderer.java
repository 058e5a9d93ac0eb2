package io.eksform.engine.report.lint;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.FileReport;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Location;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.lint.Suppression;
import java.io.IOException;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The machine format of eksform's own: versioned by {@code formatVersion} and described by {@code
 * io/eksform/schemas/lint-report.v1.schema.json}. Fields are only ever added within version 1.
 */
final class JsonLintRenderer implements LintRenderer {
  static final String FORMAT_VERSION = "1.1";

  @Override
  public void render(LintReport report, RenderOptions options, Appendable out) throws IOException {
    SortedReport sorted = SortedReport.of(report);
    ObjectNode root = JsonText.object();
    root.put("formatVersion", FORMAT_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "eksform");
    tool.put("version", options.toolVersion());
    tool.put("informationUri", SarifLintRenderer.INFORMATION_URI);
    ArrayNode diagnostics = root.putArray("diagnostics");
    for (Diagnostic d : sorted.diagnostics()) {
      diagnostics.add(diagnostic(d));
    }
    ArrayNode suppressed = root.putArray("suppressed");
    for (Suppression s : sorted.suppressed()) {
      ObjectNode node = diagnostic(s.diagnostic());
      node.put("suppression", s.kind().word());
      node.put("reason", s.reason());
      suppressed.add(node);
    }
    ArrayNode files = root.putArray("files");
    for (FileReport f : sorted.files()) {
      ObjectNode file = files.addObject();
      file.put("file", f.file());
      file.put("status", f.status().name().toLowerCase(Locale.ROOT));
      file.put("errors", f.count(Severity.ERROR));
      file.put("warnings", f.count(Severity.WARNING));
      file.put("infos", f.count(Severity.INFO));
    }
    SortedReport.Totals t = sorted.totals();
    ObjectNode summary = root.putObject("summary");
    summary.put("files", t.files());
    summary.put("checked", t.checked());
    summary.put("skipped", t.skipped());
    summary.put("failed", t.failed());
    summary.put("errors", t.errors());
    summary.put("warnings", t.warnings());
    summary.put("infos", t.infos());
    summary.put("suppressed", t.suppressed());
    out.append(JsonText.write(root));
  }

  private static ObjectNode diagnostic(Diagnostic d) {
    ObjectNode node = JsonText.object();
    Location at = d.location();
    node.put("file", at.file());
    if (at.hasPosition()) {
      node.put("line", at.line());
    } else {
      node.putNull("line");
    }
    if (at.hasPosition() && at.column() > 0) {
      node.put("column", at.column());
    } else {
      node.putNull("column");
    }
    node.put("pointer", at.pointer());
    node.put("severity", d.severity().word());
    node.put("ruleId", d.ruleId());
    node.put("message", d.message());
    if (d.hint().isPresent()) {
      node.put("hint", d.hint().get());
    } else {
      node.putNull("hint");
    }
    return node;
  }
}

package io.eksform.cli.check;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.report.plan.PlanFormat;
import io.eksform.engine.report.plan.PlanRenderOptions;
import java.io.IOException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The check as JSON ({@code formatVersion} 1.0, described by {@code check.v1.schema.json} of the
 * schemas module): commits, counts, findings and per-file plans.
 */
final class JsonSummary {
  static final String FORMAT_VERSION = "1.0";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonSummary() {}

  static void render(CheckResult result, Appendable out) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("mergeBase", result.changes().mergeBase());
    root.put("head", result.changes().head());
    root.put("errors", result.errors());
    root.put("warnings", result.warnings());
    root.put("changes", result.plannedChanges());
    root.put("findingsOnUntouchedLines", result.leftOut());
    ArrayNode findings = root.putArray("diagnostics");
    for (Diagnostic d : result.report().diagnostics()) {
      ObjectNode f = findings.addObject();
      f.put("file", d.location().file());
      if (d.location().hasPosition()) {
        f.put("line", d.location().line());
        if (d.location().column() > 0) {
          f.put("column", d.location().column());
        } else {
          f.putNull("column");
        }
      } else {
        f.putNull("line");
        f.putNull("column");
      }
      f.put("severity", d.severity().word());
      f.put("ruleId", d.ruleId());
      f.put("message", d.message());
      d.hint().ifPresent(h -> f.put("hint", h));
    }
    ArrayNode files = root.putArray("files");
    for (FilePlan p : result.plans()) {
      ObjectNode f = files.addObject();
      f.put("path", p.file().path());
      f.put("change", p.file().kind().word());
      p.file().oldPath().ifPresent(o -> f.put("oldPath", o));
      f.put("note", p.note());
      if (p.plan().isPresent()) {
        StringBuilder plan = new StringBuilder();
        PlanFormat.JSON.renderer().render(p.plan().get(), PlanRenderOptions.plain(), plan);
        f.set("plan", MAPPER.readTree(plan.toString()));
      }
    }
    out.append(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root)).append("\n");
  }
}

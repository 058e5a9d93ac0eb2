package io.eksform.engine.report.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.SpecificationVersion;
import io.eksform.engine.lint.LintReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON format: valid against its published schema, and faithful to the report. */
class JsonLintRendererTest {
  private static final RenderOptions OPTIONS = RenderOptions.plain(ReportCases.VERSION);

  @Test
  void everyCaseValidatesAgainstTheLintReportSchema() throws Exception {
    SchemaCheck schema =
        SchemaCheck.load(ProjectFiles.lintReportSchema(), SpecificationVersion.DRAFT_7);
    for (Map.Entry<String, LintReport> c : ReportCases.all().entrySet()) {
      String json = LintFormat.JSON.renderer().renderToString(c.getValue(), OPTIONS);
      assertEquals(List.of(), schema.errors(json), c.getKey());
    }
  }

  @Test
  void theSchemaRejectsALineZero() throws Exception {
    SchemaCheck schema =
        SchemaCheck.load(ProjectFiles.lintReportSchema(), SpecificationVersion.DRAFT_7);
    String json =
        LintFormat.JSON
            .renderer()
            .renderToString(ReportCases.findings(), OPTIONS)
            .replaceFirst("\"line\": 4", "\"line\": 0");
    assertFalse(schema.errors(json).isEmpty());
  }

  @Test
  void specialCharactersSurviveARoundTrip() {
    LintReport report = ReportCases.escaping();
    JsonNode root =
        JsonMapper.builder()
            .build()
            .readTree(LintFormat.JSON.renderer().renderToString(report, OPTIONS));
    JsonNode first = root.get("diagnostics").get(0);
    assertEquals(report.diagnostics().get(0).message(), first.get("message").asString());
    assertEquals(report.diagnostics().get(0).hint().orElseThrow(), first.get("hint").asString());
    assertEquals("odd dir/a,b:c%d é.yaml", first.get("file").asString());
  }

  @Test
  void fileLevelFindingsHaveNullPositions() {
    JsonNode d =
        JsonMapper.builder()
            .build()
            .readTree(LintFormat.JSON.renderer().renderToString(ReportCases.fileLevel(), OPTIONS))
            .get("diagnostics")
            .get(0);
    assertTrue(d.get("line").isNull());
    assertTrue(d.get("column").isNull());
    assertEquals("", d.get("pointer").asString());
  }

  @Test
  void summaryCountsFilesByStatusAndFindingsBySeverity() {
    JsonNode summary =
        JsonMapper.builder()
            .build()
            .readTree(LintFormat.JSON.renderer().renderToString(ReportCases.skipped(), OPTIONS))
            .get("summary");
    assertEquals(3, summary.get("files").asInt());
    assertEquals(1, summary.get("checked").asInt());
    assertEquals(2, summary.get("skipped").asInt());
    assertEquals(1, summary.get("infos").asInt());
    assertEquals(0, summary.get("errors").asInt());
  }
}

package io.eksform.engine.report.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.SpecificationVersion;
import io.eksform.engine.lint.LintReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every SARIF rendering validates against the SARIF 2.1.0 JSON Schema, as shipped in npm packages
 * ({@code npm ci --prefix tools/sarif}): the schema of {@code @microsoft/jest-sarif} and the one
 * bundled with the SARIF Multitool.
 */
class SarifSchemaTest {
  private static final RenderOptions OPTIONS = RenderOptions.plain(ReportCases.VERSION);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json",
        "node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json"
      })
  void everyCaseValidates(String schemaFile) throws Exception {
    SchemaCheck schema = schema(schemaFile);
    for (Map.Entry<String, LintReport> c : ReportCases.all().entrySet()) {
      String sarif = LintFormat.SARIF.renderer().renderToString(c.getValue(), OPTIONS);
      assertEquals(List.of(), schema.errors(sarif), c.getKey());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json",
        "node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json"
      })
  void theSchemaCatchesALineZero(String schemaFile) throws Exception {
    String sarif =
        LintFormat.SARIF
            .renderer()
            .renderToString(ReportCases.findings(), OPTIONS)
            .replaceFirst("\"startLine\": 4", "\"startLine\": 0");
    assertFalse(schema(schemaFile).errors(sarif).isEmpty());
  }

  private static SchemaCheck schema(String schemaFile) throws Exception {
    Path file = ProjectFiles.sarifTools().resolve(schemaFile);
    assumeTrue(
        Files.isRegularFile(file),
        "SKIPPED: " + file + " is absent; run `npm ci --prefix tools/sarif` to check SARIF output");
    return SchemaCheck.load(file, SpecificationVersion.DRAFT_4);
  }
}

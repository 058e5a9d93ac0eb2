package io.eksform.engine.report.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.eksform.engine.lint.LintReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every SARIF rendering passes Microsoft's SARIF Multitool {@code validate}, with its SARIF and
 * GitHub rules, without an error or a warning. Skips, saying so, when the Multitool is not
 * installed.
 */
class SarifMultitoolTest {
  private static final RenderOptions OPTIONS = RenderOptions.plain(ReportCases.VERSION);

  @TempDir Path work;

  @Test
  void everyCasePassesValidate() throws Exception {
    SarifMultitool multitool = multitool();
    for (Map.Entry<String, LintReport> c : ReportCases.all().entrySet()) {
      Path sarif = work.resolve(c.getKey() + ".sarif");
      Files.writeString(sarif, LintFormat.SARIF.renderer().renderToString(c.getValue(), OPTIONS));
      assertEquals(List.of(), multitool.problems(sarif, work), c.getKey());
    }
  }

  @Test
  void validateCatchesABrokenLog() throws Exception {
    SarifMultitool multitool = multitool();
    Path sarif = work.resolve("broken.sarif");
    Files.writeString(
        sarif,
        LintFormat.SARIF
            .renderer()
            .renderToString(ReportCases.findings(), OPTIONS)
            .replaceFirst("\"startLine\": 4", "\"startLine\": 0"));
    List<String> problems = multitool.problems(sarif, work);
    assertTrue(problems.stream().anyMatch(p -> p.contains("error")), problems.toString());
  }

  private static SarifMultitool multitool() {
    Optional<SarifMultitool> found = SarifMultitool.find();
    assumeTrue(
        found.isPresent(),
        "SKIPPED: the SARIF Multitool is not installed under "
            + SarifMultitool.expectedLocation()
            + "; run `npm ci --prefix tools/sarif` to check SARIF output with it");
    return found.get();
  }
}

package io.eksform.engine.report.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.lint.LintReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each renderer's output for each fixed report equals its golden file, byte for byte. */
class GoldenTest {

  @TestFactory
  List<DynamicTest> everyFormatMatchesItsGoldenFile() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, LintReport> c : ReportCases.all().entrySet()) {
      for (String rendering : GoldenFiles.FILES.keySet().stream().sorted().toList()) {
        tests.add(
            DynamicTest.dynamicTest(
                c.getKey() + " / " + rendering,
                () -> {
                  String actual = GoldenFiles.render(rendering, c.getValue());
                  Path golden = GoldenFiles.path(c.getKey(), rendering);
                  if (GoldenFiles.UPDATE) {
                    GoldenFiles.write(golden, actual);
                  }
                  assertTrue(
                      Files.exists(golden),
                      golden + " is missing: run with -Deksform.golden.update=true and review it");
                  assertEquals(GoldenFiles.read(golden), actual, golden.toString());
                }));
      }
    }
    return tests;
  }

  @org.junit.jupiter.api.Test
  void renderingTwiceGivesTheSameBytes() {
    for (LintReport report : ReportCases.all().values()) {
      for (LintFormat format : LintFormat.values()) {
        RenderOptions options = RenderOptions.plain(ReportCases.VERSION);
        assertEquals(
            format.renderer().renderToString(report, options),
            format.renderer().renderToString(report, options),
            format.word());
      }
    }
  }
}

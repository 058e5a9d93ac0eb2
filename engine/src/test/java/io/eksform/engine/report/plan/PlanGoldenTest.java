package io.eksform.engine.report.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.plan.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each plan renderer's output for each fixed plan equals its golden file under {@code
 * src/test/resources/report/plan/<case>/}, byte for byte; {@code -Deksform.golden.update=true}
 * rewrites them for review.
 */
class PlanGoldenTest {
  static final Path ROOT = Path.of("src", "test", "resources", "report", "plan");
  static final boolean UPDATE = Boolean.getBoolean("eksform.golden.update");

  /** Golden file per rendering: each format, the text format with colour, and both graphs. */
  static final Map<String, String> FILES =
      Map.of(
          "text", "text.txt",
          "text-colour", "text-colour.txt",
          "json", "plan.json",
          "markdown", "comment.md",
          "mermaid", "graph.mmd",
          "dot", "graph.dot");

  static String render(String rendering, Plan plan) {
    PlanRenderOptions options = PlanRenderOptions.plain();
    return switch (rendering) {
      case "text-colour" ->
          PlanFormat.TEXT.renderer().renderToString(plan, options.withColour(true));
      case "mermaid", "dot" ->
          GraphFormat.parse(rendering).renderer().renderToString(plan, options);
      default -> PlanFormat.parse(rendering).renderer().renderToString(plan, options);
    };
  }

  @TestFactory
  List<DynamicTest> everyFormatMatchesItsGoldenFile() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, Plan> c : PlanCases.all().entrySet()) {
      for (String rendering : FILES.keySet().stream().sorted().toList()) {
        tests.add(
            DynamicTest.dynamicTest(
                c.getKey() + " / " + rendering,
                () -> {
                  String actual = render(rendering, c.getValue());
                  Path golden = ROOT.resolve(c.getKey()).resolve(FILES.get(rendering));
                  if (UPDATE) {
                    Files.createDirectories(golden.getParent());
                    Files.writeString(golden, actual, StandardCharsets.UTF_8);
                  }
                  assertTrue(
                      Files.exists(golden),
                      golden + " is missing: run with -Deksform.golden.update=true and review it");
                  assertEquals(read(golden), actual, golden.toString());
                }));
      }
    }
    return tests;
  }

  @Test
  void renderingTwiceGivesTheSameBytes() {
    for (Plan plan : PlanCases.all().values()) {
      for (String rendering : FILES.keySet()) {
        assertEquals(render(rendering, plan), render(rendering, plan), rendering);
      }
    }
  }

  private static String read(Path path) throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8);
  }
}

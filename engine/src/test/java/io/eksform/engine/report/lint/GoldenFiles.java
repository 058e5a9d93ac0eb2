package io.eksform.engine.report.lint;

import io.eksform.engine.lint.LintReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The expected renderings under {@code src/test/resources/report/<case>/}: one file per format,
 * rewritten from the renderers when the build runs with {@code -Deksform.golden.update=true}.
 */
final class GoldenFiles {
  static final Path ROOT = Path.of("src", "test", "resources", "report");
  static final boolean UPDATE = Boolean.getBoolean("eksform.golden.update");

  /** Golden file name per rendering: each format, and the text format with colour. */
  static final Map<String, String> FILES =
      Map.of(
          "text", "text.txt",
          "text-colour", "text-colour.txt",
          "json", "report.json",
          "sarif", "report.sarif",
          "github", "github.txt",
          "junit", "junit.xml");

  private GoldenFiles() {}

  static String render(String rendering, LintReport report) {
    RenderOptions options = RenderOptions.plain(ReportCases.VERSION);
    if (rendering.equals("text-colour")) {
      return LintFormat.TEXT.renderer().renderToString(report, options.withColour(true));
    }
    return LintFormat.parse(rendering).renderer().renderToString(report, options);
  }

  static Path path(String caseName, String rendering) {
    return ROOT.resolve(caseName).resolve(FILES.get(rendering));
  }

  static String read(Path path) throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8);
  }

  static void write(Path path, String text) throws IOException {
    Files.createDirectories(path.getParent());
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }
}

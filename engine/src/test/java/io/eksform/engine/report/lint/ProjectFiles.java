package io.eksform.engine.report.lint;

import java.nio.file.Path;

/** Files of the repository that tests read: the shared schemas and the npm-installed validators. */
final class ProjectFiles {
  private ProjectFiles() {}

  /** The repository root: set by surefire, else the parent of the module directory. */
  static Path root() {
    String dir = System.getProperty("eksform.project.dir");
    return dir == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(dir);
  }

  static Path lintReportSchema() {
    return root()
        .resolve("schemas/src/main/resources/io/eksform/schemas/lint-report.v1.schema.json");
  }

  /** Where {@code npm ci --prefix tools/sarif} installs the SARIF validators. */
  static Path sarifTools() {
    return root().resolve("tools/sarif");
  }
}

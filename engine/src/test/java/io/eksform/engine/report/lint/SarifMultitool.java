package io.eksform.engine.report.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Microsoft's SARIF Multitool as installed by {@code npm ci --prefix tools/sarif}: runs its {@code
 * validate} command (SARIF and GitHub rules) and reads the findings from the log it writes.
 */
final class SarifMultitool {
  private final Path executable;
  private final Path config;

  private SarifMultitool(Path executable, Path config) {
    this.executable = executable;
    this.config = config;
  }

  /** The platform's Multitool binary, when installed. */
  static Optional<SarifMultitool> find() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String platform = os.contains("win") ? "win32" : os.contains("mac") ? "darwin" : "linux";
    String binary = os.contains("win") ? "Sarif.Multitool.exe" : "Sarif.Multitool";
    Path tools = ProjectFiles.sarifTools();
    Path executable =
        tools.resolve("node_modules/@microsoft/sarif-multitool-" + platform).resolve(binary);
    return Files.isExecutable(executable)
        ? Optional.of(new SarifMultitool(executable, tools.resolve("multitool.config.xml")))
        : Optional.empty();
  }

  static String expectedLocation() {
    return ProjectFiles.sarifTools().resolve("node_modules/@microsoft/").toString();
  }

  /**
   * The errors and warnings the validator reports for {@code sarif}, one line each ("SARIF1007
   * error: ..."); notes (style suggestions) are left out.
   */
  List<String> problems(Path sarif, Path workDir) throws IOException, InterruptedException {
    Path log = workDir.resolve(sarif.getFileName() + ".validation.sarif");
    Path console = workDir.resolve(sarif.getFileName() + ".console.txt");
    Process process =
        new ProcessBuilder(
                executable.toString(),
                "validate",
                sarif.toString(),
                "--rule-kind",
                "Sarif;Gh",
                "--config",
                config.toString(),
                "--output",
                log.toString(),
                "--log",
                "ForceOverwrite")
            .redirectErrorStream(true)
            .redirectOutput(console.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("the SARIF Multitool did not finish; its output: " + console);
    }
    if (!Files.exists(log)) {
      throw new IOException(
          "the SARIF Multitool wrote no log (exit "
              + process.exitValue()
              + "): "
              + Files.readString(console));
    }
    JsonNode run = JsonMapper.builder().build().readTree(log.toFile()).get("runs").get(0);
    List<String> problems = new ArrayList<>();
    for (JsonNode result : run.path("results")) {
      String level = result.path("level").asString("warning");
      if (level.equals("error") || level.equals("warning")) {
        problems.add(result.path("ruleId").asString() + " " + level + ": " + describe(result));
      }
    }
    for (JsonNode invocation : run.path("invocations")) {
      if (!invocation.path("executionSuccessful").asBoolean(false)) {
        problems.add("the validator failed: " + invocation);
      }
    }
    return problems;
  }

  private static String describe(JsonNode result) {
    JsonNode message = result.path("message");
    return message.has("text")
        ? message.get("text").asString()
        : message.path("id").asString() + " " + message.path("arguments");
  }
}

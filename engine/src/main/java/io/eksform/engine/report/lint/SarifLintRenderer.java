package io.eksform.engine.report.lint;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.FileReport;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Location;
import io.eksform.engine.lint.Rule;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.lint.Suppression;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 for code-scanning services: one run whose driver describes the rules the findings
 * refer to, every input file as an artifact, and one result per finding with its region (SARIF has
 * no line or column 0, so an unknown column is left out).
 */
final class SarifLintRenderer implements LintRenderer {
  static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/eksform/eksform";
  static final String SRCROOT = "%SRCROOT%";

  @Override
  public void render(LintReport report, RenderOptions options, Appendable out) throws IOException {
    SortedReport sorted = SortedReport.of(report);
    List<Diagnostic> described = new java.util.ArrayList<>(sorted.diagnostics());
    sorted.suppressed().forEach(s -> described.add(s.diagnostic()));
    Map<String, Rule> rules = referencedRules(described, options);
    List<String> ruleIds = List.copyOf(rules.keySet());
    Map<String, Integer> artifactIndex = new LinkedHashMap<>();
    sorted.files().forEach(f -> artifactIndex.putIfAbsent(f.file(), artifactIndex.size()));

    ObjectNode root = JsonText.object();
    root.put("$schema", SCHEMA_URI);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "eksform");
    driver.put("version", options.toolVersion());
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode ruleNodes = driver.putArray("rules");
    rules.values().forEach(r -> ruleNodes.add(rule(r)));
    ArrayNode artifacts = run.putArray("artifacts");
    for (String file : artifactIndex.keySet()) {
      ObjectNode artifact = artifacts.addObject();
      artifact.set("location", location(file));
      artifact.putArray("roles").add("analysisTarget");
      artifact.put("sourceLanguage", file.endsWith(".json") ? "json" : "yaml");
    }
    ArrayNode results = run.putArray("results");
    for (FileReport file : sorted.files()) {
      for (Diagnostic d : file.diagnostics()) {
        results.add(result(d, ruleIds.indexOf(d.ruleId()), artifactIndex, file.sourceLines()));
      }
      for (Suppression s : file.suppressed()) {
        Diagnostic d = s.diagnostic();
        ObjectNode result =
            result(d, ruleIds.indexOf(d.ruleId()), artifactIndex, file.sourceLines());
        ObjectNode suppression = result.putArray("suppressions").addObject();
        suppression.put("kind", s.kind() == Suppression.Kind.INLINE ? "inSource" : "external");
        suppression.put("justification", s.reason());
        results.add(result);
      }
    }
    run.put("columnKind", "unicodeCodePoints");
    out.append(JsonText.write(root));
  }

  /**
   * One finding as a SARIF result. Suppressed findings will stay results too, with a {@code
   * suppressions} entry, so that code-scanning services show them as dismissed rather than fixed.
   */
  private static ObjectNode result(
      Diagnostic d, int ruleIndex, Map<String, Integer> artifactIndex, List<String> source) {
    ObjectNode result = JsonText.object();
    result.put("ruleId", d.ruleId());
    result.put("ruleIndex", ruleIndex);
    result.put("level", level(d.severity()));
    result.putObject("message").put("text", text(d));
    ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
    Location at = d.location();
    ObjectNode artifact = location(at.file());
    Integer index = artifactIndex.get(at.file());
    if (index != null) {
      artifact.put("index", index);
    }
    physical.set("artifactLocation", artifact);
    physical.set("region", region(at, source.size()));
    return result;
  }

  /**
   * Where the finding is in its file. A finding about the whole file covers its lines from the
   * first: code-scanning services (GitHub's among them) drop results without a start line.
   */
  private static ObjectNode region(Location at, int lineCount) {
    ObjectNode region = JsonText.object();
    if (at.hasPosition()) {
      region.put("startLine", at.line());
      if (at.column() > 0) {
        region.put("startColumn", at.column());
      }
    } else {
      region.put("startLine", 1);
      if (lineCount > 1) {
        region.put("endLine", lineCount);
      }
    }
    return region;
  }

  /** The rules of the findings, by id, described from the catalogue. */
  private static Map<String, Rule> referencedRules(List<Diagnostic> found, RenderOptions options) {
    Map<String, Rule> rules = new TreeMap<>();
    for (Diagnostic d : found) {
      rules.computeIfAbsent(d.ruleId(), id -> options.rules().describe(id, d.severity()));
    }
    return rules;
  }

  private static ObjectNode rule(Rule rule) {
    ObjectNode node = JsonText.object();
    node.put("id", rule.id());
    node.putObject("shortDescription").put("text", rule.title());
    node.putObject("fullDescription").put("text", rule.description());
    ObjectNode help = node.putObject("help");
    if (rule.helpUri().isEmpty()) {
      help.put("text", rule.description());
      help.put("markdown", rule.description());
    } else {
      node.put("helpUri", rule.helpUri());
      help.put("text", rule.description() + " See " + rule.helpUri());
      help.put(
          "markdown", rule.description() + " See [" + rule.id() + "](" + rule.helpUri() + ").");
    }
    node.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
    return node;
  }

  private static ObjectNode location(String file) {
    ArtifactUri uri = ArtifactUri.of(file);
    ObjectNode node = JsonText.object();
    node.put("uri", uri.uri());
    if (uri.relative()) {
      node.put("uriBaseId", SRCROOT);
    }
    return node;
  }

  private static String text(Diagnostic d) {
    return d.hint().map(h -> d.message() + "\nHint: " + h).orElse(d.message());
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}

package io.eksform.engine.policy;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.FileReport;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs policies over plain documents as {@code conftest test} does: each document is one input, or,
 * with {@code combine}, all of them together in one input array of {@code {"path", "contents"}}
 * objects, whose findings are reported under the name {@code combined}.
 */
public final class PlainCheck {
  /** The file name combined findings are reported under, as conftest names them. */
  public static final String COMBINED = "combined";

  private PlainCheck() {}

  public static LintReport run(
      PolicyBackend backend,
      Map<String, PolicyRule> rules,
      PlainDocuments.Read read,
      boolean combine) {
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    Map<String, List<String>> sources = new LinkedHashMap<>();
    List<FileReport> reports = new ArrayList<>();
    for (Diagnostic problem : read.problems()) {
      reports.add(
          new FileReport(
              problem.location().file(), FileReport.Status.FAILED, List.of(), List.of(problem)));
    }
    if (combine) {
      ArrayNode all = JsonMapper.builder().build().createArrayNode();
      for (PlainDocuments.Document d : read.documents()) {
        ObjectNode entry = all.addObject();
        entry.put("path", d.file());
        entry.set("contents", d.tree());
      }
      List<Diagnostic> found = new ArrayList<>();
      for (Finding f : backend.evaluate(all)) {
        found.add(diagnostic(rules, f, new Location(COMBINED, 0, 0, f.pointer())));
      }
      reports.add(new FileReport(COMBINED, FileReport.Status.CHECKED, List.of(), found));
      return new LintReport(reports);
    }
    for (PlainDocuments.Document d : read.documents()) {
      sources.putIfAbsent(d.file(), d.sourceLines());
      List<Diagnostic> found = byFile.computeIfAbsent(d.file(), k -> new ArrayList<>());
      for (Finding f : backend.evaluate(d.tree())) {
        found.add(diagnostic(rules, f, new Location(d.file(), d.line(), 1, f.pointer())));
      }
    }
    byFile.forEach(
        (file, found) ->
            reports.add(new FileReport(file, FileReport.Status.CHECKED, sources.get(file), found)));
    return new LintReport(reports);
  }

  private static Diagnostic diagnostic(
      Map<String, PolicyRule> rules, Finding f, Location location) {
    Diagnostic d = Diagnostic.of(f.ruleId(), f.severity(), f.message(), location);
    PolicyRule rule = rules.get(f.ruleId());
    return rule != null && !rule.remediation().isEmpty() ? d.withHint(rule.remediation()) : d;
  }
}

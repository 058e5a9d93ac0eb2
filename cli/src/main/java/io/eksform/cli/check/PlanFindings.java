package io.eksform.cli.check;

import io.eksform.engine.config.Position;
import io.eksform.engine.config.SourceMap;
import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.FileReport;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Location;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's problems as findings of rule {@code plan} at their lines of the config (the key of the
 * field they name), and a lint report with them added to their files' reports.
 */
final class PlanFindings {
  static final String RULE = "plan";

  private PlanFindings() {}

  static List<Diagnostic> of(Plan plan, String file, SourceMap sourceMap) {
    List<Diagnostic> out = new ArrayList<>();
    for (PlanProblem p : plan.problems()) {
      Position at =
          p.configPointer().isEmpty() ? Position.UNKNOWN : sourceMap.keyPosition(p.configPointer());
      Location location =
          at.known()
              ? new Location(file, at.line(), at.column(), p.configPointer())
              : Location.ofFile(file);
      out.add(new Diagnostic(RULE, p.severity(), p.message(), location, p.hint()));
    }
    return out;
  }

  /** {@code report} with the findings of each plan added to its file's report. */
  static LintReport added(LintReport report, List<FilePlan> plans) {
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    plans.forEach(
        p -> byFile.computeIfAbsent(p.file().path(), k -> new ArrayList<>()).addAll(p.findings()));
    List<FileReport> files = new ArrayList<>();
    for (FileReport f : report.files()) {
      List<Diagnostic> extra = byFile.getOrDefault(f.file(), List.of());
      if (extra.isEmpty()) {
        files.add(f);
        continue;
      }
      List<Diagnostic> all = new ArrayList<>(f.diagnostics());
      all.addAll(extra);
      files.add(new FileReport(f.file(), f.status(), f.sourceLines(), all, f.suppressed()));
    }
    return new LintReport(files);
  }
}

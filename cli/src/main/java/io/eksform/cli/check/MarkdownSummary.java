package io.eksform.cli.check;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.Suppression;
import io.eksform.engine.report.plan.PlanFormat;
import io.eksform.engine.report.plan.PlanRenderOptions;
import java.io.IOException;

/**
 * The pull-request summary: counts, a findings table, the plan of each changed file, and the
 * suppressions in force. Table cells are escaped: messages and paths come from the branch.
 */
final class MarkdownSummary {
  /** Marks eksform's comment so that the Action finds and updates it instead of adding one. */
  static final String MARKER = "<!-- eksform-check -->";

  private MarkdownSummary() {}

  static void render(CheckResult result, Appendable out) throws IOException {
    StringBuilder text = new StringBuilder();
    body(result, text);
    out.append(fit(text.toString(), PlanRenderOptions.GITHUB_COMMENT_LIMIT));
  }

  /** The text cut to {@code limit} characters at a line end, with a notice, when it is longer. */
  static String fit(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    String notice =
        "\n\n_The summary was cut to fit GitHub's comment limit; run eksform check locally"
            + " for all of it._\n";
    int cut = text.lastIndexOf('\n', limit - notice.length());
    return text.substring(0, Math.max(0, cut)) + notice;
  }

  private static void body(CheckResult result, Appendable out) throws IOException {
    out.append(MARKER).append("\n## eksform check\n\n");
    out.append(
        result.changes().files().size()
            + " changed ClusterConfig file(s), "
            + result.errors()
            + " error(s), "
            + result.warnings()
            + " warning(s), "
            + result.plannedChanges()
            + " planned change(s).\n\n");
    if (result.leftOut() > 0) {
      out.append(
          "_"
              + result.leftOut()
              + " finding(s) on lines this branch did not touch are not shown._\n\n");
    }
    if (!result.report().diagnostics().isEmpty()) {
      out.append(
          "### Findings\n\n| Severity | File | Line | Rule | Message |\n|---|---|---|---|---|\n");
      for (Diagnostic d : result.report().diagnostics()) {
        out.append("| ")
            .append(d.severity().word())
            .append(" | ")
            .append(cell(d.location().file()))
            .append(" | ")
            .append(d.location().hasPosition() ? String.valueOf(d.location().line()) : "")
            .append(" | `")
            .append(cell(d.ruleId()).replace("`", ""))
            .append("` | ")
            .append(cell(d.message()))
            .append(" |\n");
      }
      out.append("\n");
    }
    out.append("### Plans\n\n");
    int budget = PlanRenderOptions.GITHUB_COMMENT_LIMIT / Math.max(1, result.plans().size() + 1);
    for (FilePlan p : result.plans()) {
      out.append("#### ").append(cell(CheckResult.describe(p.file()))).append("\n\n");
      out.append("_").append(cell(p.note())).append("_\n\n");
      if (p.plan().isPresent()) {
        StringBuilder plan = new StringBuilder();
        PlanFormat.MARKDOWN
            .renderer()
            .render(
                p.plan().get(),
                PlanRenderOptions.plain().withMarkdownLimit(Math.max(1_000, budget)),
                plan);
        out.append(plan).append("\n");
      }
    }
    var suppressed = result.report().suppressed();
    if (!suppressed.isEmpty()) {
      out.append(
          "### Suppressions in force\n\n| File | Line | Rule | How | Reason |\n|---|---|---|---|---|\n");
      for (Suppression s : suppressed) {
        Diagnostic d = s.diagnostic();
        out.append("| ")
            .append(cell(d.location().file()))
            .append(" | ")
            .append(d.location().hasPosition() ? String.valueOf(d.location().line()) : "")
            .append(" | `")
            .append(cell(d.ruleId()).replace("`", ""))
            .append("` | ")
            .append(s.kind().word())
            .append(" | ")
            .append(cell(s.reason()))
            .append(" |\n");
      }
    }
  }

  /** Text safe inside a table cell: no pipes, no line breaks, no HTML. */
  static String cell(String text) {
    return text.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\r", " ")
        .replace("\n", " ")
        .transform(Visible::controls);
  }
}

package io.eksform.cli.check;

import io.eksform.engine.report.lint.LintFormat;
import io.eksform.engine.report.lint.RenderOptions;
import io.eksform.engine.report.plan.PlanFormat;
import io.eksform.engine.report.plan.PlanRenderOptions;
import java.io.IOException;
import picocli.CommandLine;

/** The output formats of {@code eksform check --format}. */
enum CheckFormat {
  TEXT,
  GITHUB,
  MARKDOWN,
  JSON;

  static CheckFormat parse(String text, CommandLine cli) {
    for (CheckFormat f : values()) {
      if (f.name().equalsIgnoreCase(text.trim())) {
        return f;
      }
    }
    throw CheckCommand.badFormat(
        cli, "unknown output format '" + text + "': use one of text, github, markdown, json");
  }

  void render(CheckResult result, RenderOptions lint, Appendable out) throws IOException {
    switch (this) {
      case MARKDOWN -> MarkdownSummary.render(result, out);
      case JSON -> JsonSummary.render(result, out);
      case TEXT, GITHUB -> {
        LintFormat findings = this == GITHUB ? LintFormat.GITHUB : LintFormat.TEXT;
        findings.renderer().render(result.report(), lint, out);
        if (result.leftOut() > 0) {
          out.append(
              result.leftOut() + " finding(s) on lines this branch did not touch are not shown\n");
        }
        for (FilePlan p : result.plans()) {
          String title = CheckResult.describe(p.file());
          out.append(
              this == GITHUB
                  ? "::group::plan of " + Visible.controls(escape(title))
                  : "\n== " + Visible.controls(title) + " ==");
          out.append("\n").append(Visible.controls(p.note())).append("\n");
          if (p.plan().isPresent()) {
            // Values in a plan come from the branch: the runner must not read them as commands.
            String token = java.util.UUID.randomUUID().toString();
            if (this == GITHUB) {
              out.append("::stop-commands::").append(token).append("\n");
            }
            PlanFormat.TEXT.renderer().render(p.plan().get(), PlanRenderOptions.plain(), out);
            if (this == GITHUB) {
              out.append("::").append(token).append("::\n");
            }
          }
          if (this == GITHUB) {
            out.append("::endgroup::\n");
          }
        }
      }
    }
  }

  /** Workflow-command data escaping, so that a path cannot end the command early. */
  private static String escape(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }
}

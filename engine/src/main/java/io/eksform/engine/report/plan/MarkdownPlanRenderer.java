package io.eksform.engine.report.plan;

import io.eksform.engine.lint.Severity;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Adoption;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.NotActedOn;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pull-request comment: a table of counts, a warning when something is deleted or replaced, the
 * problems, the parts of the config not acted on, one collapsible block per change and the live
 * objects left alone. GitHub refuses comments over {@link PlanRenderOptions#markdownLimit()}
 * characters, so a longer plan is cut at a change boundary and ends with a notice of what was left
 * out.
 */
final class MarkdownPlanRenderer implements PlanRenderer {
  /** Room kept for the truncation notice, whose numbers and wording vary a little. */
  private static final int NOTICE_ROOM = 400;

  @Override
  public void render(Plan plan, PlanRenderOptions options, Appendable out) throws IOException {
    String head = head(plan);
    List<Change> changes = plan.effectiveChanges();
    List<String> blocks = new ArrayList<>();
    blocks.add(problems(plan));
    blocks.add(notActedOn(plan));
    if (!changes.isEmpty()) {
      blocks.add("### Changes\n\n");
    }
    changes.forEach(c -> blocks.add(MarkdownChange.of(c)));
    blocks.add(notes(plan));
    blocks.add(adopted(plan));
    blocks.add(unmanaged(plan));
    long total = head.length() + blocks.stream().mapToLong(String::length).sum();
    if (total <= options.markdownLimit()) {
      out.append(head);
      for (String block : blocks) {
        out.append(block);
      }
      return;
    }
    int budget = options.markdownLimit() - NOTICE_ROOM;
    StringBuilder text = new StringBuilder(cut(head, budget));
    int shown = 0;
    int firstChange = changes.isEmpty() ? blocks.size() : 3;
    for (int i = 0; i < blocks.size(); i++) {
      if (text.length() + blocks.get(i).length() > budget) {
        break;
      }
      text.append(blocks.get(i));
      if (i >= firstChange && i < firstChange + changes.size()) {
        shown++;
      }
    }
    out.append(text).append(notice(changes.size() - shown, changes.size(), options));
  }

  private static String head(Plan plan) {
    StringBuilder out = new StringBuilder();
    out.append("### ")
        .append(Counts.title(plan))
        .append(" for ")
        .append(Markdown.code(plan.target().cluster()))
        .append("\n\nRegion ")
        .append(Markdown.code(plan.target().region()))
        .append(", account ")
        .append(Markdown.code(plan.target().accountId()))
        .append(".\n\n");
    out.append("| Create | Update | Replace | Delete |\n")
        .append("| ---: | ---: | ---: | ---: |\n")
        .append("| ")
        .append(plan.count(Action.CREATE))
        .append(" | ")
        .append(plan.count(Action.UPDATE))
        .append(" | ")
        .append(plan.count(Action.REPLACE))
        .append(" | ")
        .append(plan.count(Action.DELETE))
        .append(" |\n\n");
    out.append("**").append(Counts.lastLine(plan)).append("**\n\n");
    if (plan.destroy() && plan.hasChanges()) {
      out.append(Counts.DESTROY_ACTS_ON_ALL).append("\n\n");
    }
    long errors = plan.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
    if (errors > 0) {
      out.append("> [!CAUTION]\n> The plan has ")
          .append(Counts.plural(errors, "error", "errors"))
          .append(" (under Problems): it cannot be applied until the config is fixed.\n\n");
    }
    long destructive = plan.effectiveChanges().stream().filter(Change::isDestructive).count();
    if (destructive > 0) {
      out.append("> [!WARNING]\n> This plan deletes or replaces ")
          .append(Counts.plural(destructive, "live object", "live objects"))
          .append(" (marked :warning: below). A replaced object is deleted and created again.\n\n");
    }
    return out.toString();
  }

  private static String problems(Plan plan) {
    if (plan.problems().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("### Problems\n\n");
    for (PlanProblem p : plan.problems()) {
      out.append("- **").append(p.severity().word().toUpperCase(Locale.ROOT)).append("**");
      if (!p.configPointer().isEmpty()) {
        out.append(" at ").append(Markdown.code(p.configPointer()));
      }
      out.append(": ").append(Markdown.text(p.message()));
      if (p.hint().isPresent()) {
        out.append(" (hint: ").append(Markdown.text(p.hint().get())).append(')');
      }
      out.append('\n');
    }
    return out.append('\n').toString();
  }

  /** Before the changes, so that a cut comment still says what the plan leaves out. */
  private static String notActedOn(Plan plan) {
    StringBuilder out = new StringBuilder();
    for (var group : NotActedOnGroups.of(plan).entrySet()) {
      out.append("### ").append(group.getKey()).append("\n\n");
      for (NotActedOn n : group.getValue()) {
        out.append("- ")
            .append(Markdown.code(n.path()))
            .append(n.line() > 0 ? " (line " + n.line() + ")" : "")
            .append(": ")
            .append(Markdown.text(n.reason()))
            .append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Unchanged objects that still have something to say (a profile still being created). */
  private static String notes(Plan plan) {
    List<Change> noted =
        plan.changes().stream().filter(c -> !c.isChange() && !c.reasons().isEmpty()).toList();
    if (noted.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("### Unchanged, with notes\n\n");
    for (Change c : noted) {
      out.append("- ")
          .append(Markdown.code(c.address().toString()))
          .append(": ")
          .append(Markdown.text(String.join("; ", c.reasons())))
          .append('\n');
    }
    return out.append('\n').toString();
  }

  private static String adopted(Plan plan) {
    if (plan.adopted().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("### Adopted\n\n");
    for (Adoption a : plan.adopted()) {
      out.append("- ")
          .append(Markdown.code(a.address().toString()))
          .append(" (made by ")
          .append(Markdown.text(a.madeBy()))
          .append(")\n");
    }
    return out.append('\n').toString();
  }

  private static String unmanaged(Plan plan) {
    if (plan.unmanaged().isEmpty()) {
      return "";
    }
    StringBuilder out =
        new StringBuilder(
            plan.destroy() ? "### Left by the destroy\n\n" : "### Not managed by this config\n\n");
    for (String note : plan.unmanaged()) {
      out.append("- ").append(Markdown.text(note)).append('\n');
    }
    return out.append('\n').toString();
  }

  /** The head cut at a line boundary, for the absurd case of names longer than the budget. */
  private static String cut(String head, int budget) {
    if (head.length() <= budget) {
      return head;
    }
    int end = head.lastIndexOf('\n', budget);
    return head.substring(0, Math.max(0, end + 1));
  }

  private static String notice(int left, int total, PlanRenderOptions options) {
    return "---\n\n**Truncated:** "
        + left
        + " of "
        + Counts.plural(total, "change is", "changes are")
        + " not shown"
        + " (nor any notes after them), to stay under GitHub's limit of "
        + String.format(Locale.ROOT, "%,d", options.markdownLimit())
        + " characters per comment. Run `eksform show PLANFILE` to see the whole plan.\n";
  }
}

package io.eksform.engine.report.plan;

import io.eksform.engine.lint.Severity;
import io.eksform.engine.plan.Adoption;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.NotActedOn;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanProblem;
import io.eksform.engine.plan.ResourceAddress;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The human format, like Terraform's: the target and a line of counts, each change with its symbol
 * and only what it alters, the problems, the parts of the config not acted on, the live objects
 * left alone, a warning block for destructive changes, and the counts again as the last line.
 */
final class TextPlanRenderer implements PlanRenderer {

  @Override
  public void render(Plan plan, PlanRenderOptions options, Appendable out) throws IOException {
    Palette p = new Palette(options.colour());
    out.append(p.bold(Counts.title(plan) + " for cluster " + safe(plan.target().cluster())))
        .append(" in ")
        .append(safe(plan.target().region()))
        .append(", account ")
        .append(safe(plan.target().accountId()))
        .append('\n');
    out.append(summary(plan)).append("\n\n");
    if (plan.destroy() && plan.hasChanges()) {
      out.append(Counts.DESTROY_ACTS_ON_ALL).append("\n\n");
    }
    List<Change> changes = plan.effectiveChanges();
    if (!changes.isEmpty()) {
      out.append("eksform will perform these actions")
          .append(" (+ create, ~ update in place, -/+ replace, - delete):\n\n");
      for (Change c : changes) {
        new TextChange(c, p).write(out);
        out.append('\n');
      }
    }
    notes(plan, out);
    problems(plan, p, out);
    notActedOn(plan, out);
    adopted(plan, out);
    unmanaged(plan, out);
    destructive(changes, p, out);
    out.append(p.bold(Counts.lastLine(plan))).append('\n');
  }

  /** "Summary: 5 to create, 0 to update, 0 to replace, 0 to delete; 1 error, 0 warnings." */
  private static String summary(Plan plan) {
    String counts = Counts.sentence(plan).replaceFirst("^Plan: ", "Summary: ");
    if (plan.problems().isEmpty()) {
      return counts;
    }
    return counts.substring(0, counts.length() - 1)
        + "; "
        + Counts.plural(count(plan, Severity.ERROR), "error", "errors")
        + ", "
        + Counts.plural(count(plan, Severity.WARNING), "warning", "warnings")
        + ".";
  }

  private static long count(Plan plan, Severity severity) {
    return plan.problems().stream().filter(x -> x.severity() == severity).count();
  }

  /** Unchanged objects that still have something to say (a profile still being created). */
  private static void notes(Plan plan, Appendable out) throws IOException {
    List<Change> noted =
        plan.changes().stream().filter(c -> !c.isChange() && !c.reasons().isEmpty()).toList();
    if (noted.isEmpty()) {
      return;
    }
    out.append("Unchanged, with notes:\n");
    for (Change c : noted) {
      out.append("  ")
          .append(safe(c.address().toString()))
          .append(": ")
          .append(safe(String.join("; ", c.reasons())))
          .append('\n');
    }
    out.append('\n');
  }

  private static void problems(Plan plan, Palette p, Appendable out) throws IOException {
    if (plan.problems().isEmpty()) {
      return;
    }
    out.append(p.bold("Problems:")).append('\n');
    for (PlanProblem problem : plan.problems()) {
      out.append("  ")
          .append(p.severity(problem.severity(), problem.severity().word()))
          .append(": ")
          .append(safe(problem.message()))
          .append('\n');
      if (!problem.configPointer().isEmpty()) {
        out.append("    at ").append(safe(problem.configPointer())).append('\n');
      }
      if (problem.hint().isPresent()) {
        out.append("    hint: ").append(safe(problem.hint().get())).append('\n');
      }
    }
    out.append('\n');
  }

  private static void notActedOn(Plan plan, Appendable out) throws IOException {
    for (var group : NotActedOnGroups.of(plan).entrySet()) {
      out.append(group.getKey()).append(":\n");
      for (NotActedOn n : group.getValue()) {
        out.append("  ").append(safe(n.where())).append(": ").append(safe(n.reason())).append('\n');
      }
      out.append('\n');
    }
  }

  private static void adopted(Plan plan, Appendable out) throws IOException {
    if (plan.adopted().isEmpty()) {
      return;
    }
    out.append(
        "Adopted (live objects another tool made that the config describes; nothing in AWS"
            + " changes to adopt them):\n");
    for (Adoption a : plan.adopted()) {
      out.append("  adopted: ").append(safe(a.toString())).append('\n');
    }
    out.append('\n');
  }

  private static void unmanaged(Plan plan, Appendable out) throws IOException {
    if (plan.unmanaged().isEmpty()) {
      return;
    }
    out.append(
        plan.destroy()
            ? "Left (the destroy does not delete these on their own):\n"
            : "Not managed by this config (eksform leaves these alone):\n");
    for (String note : plan.unmanaged()) {
      out.append("  ").append(safe(note)).append('\n');
    }
    out.append('\n');
  }

  private static void destructive(List<Change> changes, Palette p, Appendable out)
      throws IOException {
    List<Change> destructive = changes.stream().filter(Change::isDestructive).toList();
    if (destructive.isEmpty()) {
      return;
    }
    out.append(p.warning("Warning:"))
        .append(" this plan deletes or replaces ")
        .append(Counts.plural(destructive.size(), "live object", "live objects"))
        .append(":\n");
    for (Change c : destructive) {
      out.append("  ")
          .append(p.action(c.action(), TextChange.symbol(c.action())))
          .append(' ')
          .append(safe(c.address().toString()))
          .append(' ')
          .append(Counts.future(c.action()))
          .append(c.replacement().map(r -> ", " + r.strategy().word()).orElse(""))
          .append('\n');
      List<String> gap =
          c.replacement().flatMap(r -> r.namespacesLosingFargate()).orElse(List.of());
      if (!gap.isEmpty()) {
        out.append("      ").append(safe(ReplacementWords.fargate(gap))).append('\n');
      }
    }
    out.append(
        "  A deleted object is gone; a replaced one is deleted and created again."
            + " Check these before you apply.\n\n");
  }

  static String safe(String text) {
    return TerminalText.safe(text);
  }

  static String addresses(List<ResourceAddress> addresses) {
    return addresses.stream().map(a -> safe(a.toString())).collect(Collectors.joining(", "));
  }
}

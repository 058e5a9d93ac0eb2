package io.eksform.engine.run;

import io.eksform.engine.config.ConfigDocument;
import io.eksform.engine.config.JsonPointers;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanProblem;
import io.eksform.engine.planfile.PlanJson;
import io.eksform.engine.policy.Finding;
import io.eksform.engine.policy.PolicyBackend;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Policies judge the plan too: they are evaluated with {@code input} = the ClusterConfig plus
 * {@code input.plan}, the plan as JSON (its saved form). Findings that the config alone already
 * gave are left out; the others become problems of the plan, pointing at the config of the change
 * they name ({@code /plan/changes/N/...}), so that a rule such as "no Fargate profile is deleted in
 * production" fails the plan.
 */
final class PlanPolicies {
  private PlanPolicies() {}

  static Plan judge(Plan plan, ConfigDocument doc, PolicyBackend backend) {
    Set<String> alreadyFound = new HashSet<>();
    for (Finding f : backend.evaluate(doc.tree())) {
      alreadyFound.add(key(f));
    }
    ObjectNode input = doc.tree().deepCopy() instanceof ObjectNode o ? o : null;
    if (input == null) {
      return plan;
    }
    input.set("plan", PlanJson.toJson(plan));
    List<PlanProblem> problems = new ArrayList<>(plan.problems());
    for (Finding f : backend.evaluate(input)) {
      if (alreadyFound.contains(key(f))) {
        continue;
      }
      problems.add(
          new PlanProblem(
              f.severity(),
              f.message() + " [" + f.ruleId() + "]",
              configPointer(plan, f.pointer()),
              Optional.empty()));
    }
    if (problems.size() == plan.problems().size()) {
      return plan;
    }
    return plan.withProblems(problems);
  }

  private static String key(Finding f) {
    return f.ruleId() + "|" + f.pointer() + "|" + f.message();
  }

  /**
   * {@code /plan/changes/N/...} points at change N's place in the config; others stay as they are.
   */
  static String configPointer(Plan plan, String pointer) {
    List<String> tokens = JsonPointers.tokens(pointer);
    if (tokens.size() >= 3 && tokens.get(0).equals("plan") && tokens.get(1).equals("changes")) {
      try {
        Change c = plan.changes().get(Integer.parseInt(tokens.get(2)));
        return c.configPointer();
      } catch (RuntimeException e) {
        return "";
      }
    }
    return pointer.startsWith("/plan") ? "" : pointer;
  }
}

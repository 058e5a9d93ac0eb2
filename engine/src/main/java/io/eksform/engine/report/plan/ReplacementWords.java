package io.eksform.engine.report.plan;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Replacement;
import java.util.ArrayList;
import java.util.List;

/**
 * A replacement in words, the same in every human format: its strategy and why, and for a Fargate
 * profile which namespaces would briefly have no profile to schedule their pods on.
 */
final class ReplacementWords {
  private ReplacementWords() {}

  /** The lines for {@code change}; none unless it is a replacement. */
  static List<String> of(Change change) {
    List<String> out = new ArrayList<>();
    if (change.replacement().isEmpty()) {
      if (change.action() == Action.REPLACE) {
        out.add("strategy: not recorded (an older plan); apply refuses it, plan again");
      }
      return out;
    }
    Replacement r = change.replacement().get();
    out.add("strategy: " + r.strategy().word() + " (" + r.why() + ")");
    r.namespacesLosingFargate().ifPresent(n -> out.add(fargate(n)));
    return out;
  }

  static String fargate(List<String> namespaces) {
    return namespaces.isEmpty()
        ? "Fargate scheduling: no namespace loses it"
        : "Fargate scheduling: briefly lost in "
            + String.join(", ", namespaces)
            + " (new pods there stay Pending until the new profile is ACTIVE)";
  }
}

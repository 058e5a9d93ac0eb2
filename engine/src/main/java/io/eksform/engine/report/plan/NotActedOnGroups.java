package io.eksform.engine.report.plan;

import io.eksform.engine.ledger.Disposition;
import io.eksform.engine.plan.NotActedOn;
import io.eksform.engine.plan.Plan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a config a plan does not act on, grouped under one heading per disposition (not
 * managed yet first: those are what a reader must know), each group in line order.
 */
final class NotActedOnGroups {
  private NotActedOnGroups() {}

  /** Heading to entries, in the order to print. */
  static Map<String, List<NotActedOn>> of(Plan plan) {
    Map<String, List<NotActedOn>> out = new LinkedHashMap<>();
    List<NotActedOn> notManaged = with(plan, Disposition.NOT_MANAGED);
    if (!notManaged.isEmpty()) {
      out.put(
          "Not acted on (eksform does not manage these yet; --strict makes them errors)",
          notManaged);
    }
    List<NotActedOn> createOnly = with(plan, Disposition.CREATE_ONLY);
    if (!createOnly.isEmpty()) {
      out.put("Set only when the object is created (not compared with what is live)", createOnly);
    }
    List<NotActedOn> overridden = with(plan, Disposition.PLANNED);
    if (!overridden.isEmpty()) {
      out.put("Not acted on in this configuration", overridden);
    }
    List<NotActedOn> validated = with(plan, Disposition.VALIDATED_ONLY);
    if (!validated.isEmpty()) {
      out.put("Validated only (no effect on AWS)", validated);
    }
    return out;
  }

  private static List<NotActedOn> with(Plan plan, Disposition d) {
    return plan.notActedOn().stream().filter(n -> n.disposition() == d).toList();
  }
}

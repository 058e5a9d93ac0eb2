package io.eksform.engine.ledger;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.intent.IntentPlanner;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.Provenance;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan never drops a change of a field the ledger calls planned: changing any one planned leaf of
 * a config (against the state the unchanged config leaves) gives a change of that field's object, a
 * problem at the field, or a line naming it as not acted on; never nothing.
 */
class PlannedFieldProperties {
  private static final Provenance PROVENANCE =
      new Provenance("test", "c.yaml", "digest", "policies", Optional.empty());
  private static final PlannedFieldMutations MUTATIONS = new PlannedFieldMutations();
  private static final Map<LedgerEntry, List<PlannedFieldMutations.Mutation>> ALL = MUTATIONS.all();

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void aChangedPlannedFieldIsPlannedOrNamed(@ForAll("mutations") PlannedFieldMutations.Mutation m) {
    ClusterSpec base = spec(MUTATIONS.base());
    ClusterSpec head = spec(m.config());
    Plan plan = IntentPlanner.plan(Optional.of(base), head, PROVENANCE).plan();
    assertTrue(
        actedOn(plan, m)
            || problemAt(plan, m.pointer())
            || named(plan, m.pointer())
            || leftAlone(plan, head, m.pointer()),
        () ->
            m
                + " (ledger: "
                + m.entry().kind()
                + ") is in no change, problem or not-acted-on line of the plan: "
                + plan.changes().stream()
                    .map(c -> c.address() + " " + c.action().word() + " " + c.configPointer())
                    .collect(Collectors.joining(", ")));
  }

  @org.junit.jupiter.api.Test
  void everyPlannedFieldHasAChangeTheSchemaAccepts() {
    List<String> untested =
        ALL.entrySet().stream()
            .filter(e -> e.getValue().isEmpty())
            .map(e -> e.getKey().path())
            .toList();
    assertTrue(
        untested.isEmpty(),
        () ->
            "planned fields with no valid mutation (extend the base or the candidates): "
                + untested);
  }

  @Provide
  Arbitrary<PlannedFieldMutations.Mutation> mutations() {
    return Arbitraries.of(ALL.values().stream().flatMap(List::stream).toList());
  }

  /**
   * An effective change of the field's kind: the object whose config entry holds the field, or, for
   * a field that holds for every object of its kind (a default pod execution role), any one; or a
   * change the field itself asks for (roleOnly deleting a Kubernetes service account).
   */
  private static boolean actedOn(Plan plan, PlannedFieldMutations.Mutation m) {
    if (plan.effectiveChanges().stream().anyMatch(c -> c.configPointer().equals(m.pointer()))) {
      return true;
    }
    String kind = m.entry().kind();
    List<Change> ofKind =
        plan.changes().stream().filter(c -> c.address().type().equals(kind)).toList();
    List<Change> holding = ofKind.stream().filter(c -> holds(c, m.pointer())).toList();
    return (holding.isEmpty() ? ofKind : holding).stream().anyMatch(Change::isChange);
  }

  private static boolean holds(Change c, String pointer) {
    return !c.configPointer().isEmpty()
        && (pointer.equals(c.configPointer()) || pointer.startsWith(c.configPointer() + "/"));
  }

  private static boolean problemAt(Plan plan, String pointer) {
    return plan.problems().stream()
        .anyMatch(
            p ->
                !p.configPointer().isEmpty()
                    && (pointer.startsWith(p.configPointer())
                        || p.configPointer().startsWith(pointer)));
  }

  private static boolean named(Plan plan, String pointer) {
    return plan.notActedOn().stream().anyMatch(n -> pointer.startsWith(n.pointer()));
  }

  /**
   * A live object the config stops managing, named among those left alone: a service account, or
   * the role eksform made for an add-on that no longer asks for one.
   */
  private static boolean leftAlone(Plan plan, ClusterSpec head, String pointer) {
    boolean account =
        head.serviceAccounts().stream()
            .filter(sa -> pointer.startsWith(sa.pointer() + "/"))
            .anyMatch(
                sa -> plan.unmanaged().stream().anyMatch(u -> u.contains(" " + sa.key() + ":")));
    boolean addonRole =
        head.addons().stream()
            .filter(a -> pointer.startsWith(a.pointer() + "/"))
            .anyMatch(
                a ->
                    plan.unmanaged().stream()
                        .anyMatch(u -> u.startsWith("addon_role." + a.name() + ":")));
    return account || addonRole;
  }

  private static ClusterSpec spec(ObjectNode config) {
    return DesiredState.from(PlannedFieldMutations.load(config).orElseThrow());
  }
}

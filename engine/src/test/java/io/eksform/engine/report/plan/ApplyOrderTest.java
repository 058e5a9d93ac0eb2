package io.eksform.engine.report.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.ResourceAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.NullNode;

/** The apply order drawn by the graph formats. */
class ApplyOrderTest {

  private static Change change(String address, Action action, String... dependsOn) {
    return new Change(
        ResourceAddress.parse(address),
        action,
        NullNode.getInstance(),
        NullNode.getInstance(),
        List.of(),
        List.of(),
        java.util.Arrays.stream(dependsOn).map(ResourceAddress::parse).toList(),
        "");
  }

  private static List<String> order(Change... changes) {
    Plan plan = PlanCases.plan(List.of(changes), List.of(), List.of());
    return ApplyOrder.of(plan).changes().stream().map(c -> c.address().toString()).toList();
  }

  @Test
  void aChangeComesAfterWhatItDependsOnEvenWhenListedEarlier() {
    assertEquals(
        List.of("addon.z", "cluster", "managed_nodegroup.ng"),
        order(
            change("cluster", Action.UPDATE, "addon.z"),
            change("managed_nodegroup.ng", Action.CREATE, "cluster"),
            change("addon.z", Action.CREATE)));
  }

  @Test
  void unchangedDependenciesAreAlreadyMetAndDrawNoEdge() {
    Plan plan =
        PlanCases.plan(
            List.of(
                change("oidc_provider", Action.NO_OP),
                change("iam_service_account.ns/sa", Action.CREATE, "oidc_provider")),
            List.of(),
            List.of());
    ApplyOrder order = ApplyOrder.of(plan);
    assertEquals(1, order.changes().size());
    assertEquals(List.of(), order.edges());
  }

  @Test
  void aCycleKeepsThePlansOrderAndItsEdges() {
    Plan plan =
        PlanCases.plan(
            List.of(
                change("addon.a", Action.CREATE, "addon.b"),
                change("addon.b", Action.CREATE, "addon.a")),
            List.of(),
            List.of());
    ApplyOrder order = ApplyOrder.of(plan);
    assertEquals(
        List.of("addon.a", "addon.b"),
        order.changes().stream().map(c -> c.address().toString()).toList());
    assertEquals(List.of(new ApplyOrder.Edge(1, 0), new ApplyOrder.Edge(0, 1)), order.edges());
  }

  @Test
  void aLongChainIsOrderedWhole() {
    Change[] chain = new Change[3000];
    for (int i = 0; i < chain.length; i++) {
      chain[i] =
          i == 0
              ? change("addon.n0000", Action.CREATE)
              : change(
                  String.format("addon.n%04d", i),
                  Action.CREATE,
                  String.format("addon.n%04d", i - 1));
    }
    List<String> order = order(chain);
    assertEquals(3000, order.size());
    assertEquals("addon.n2999", order.get(2999));
  }
}

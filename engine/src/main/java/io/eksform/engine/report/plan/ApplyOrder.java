package io.eksform.engine.report.plan;

import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.ResourceAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The effective changes of a plan in an order apply can follow (each after the changes it depends
 * on; ties in the plan's own order), and the edges between them. A dependency on an object that
 * does not change is already met, so it is no edge. Should the dependencies form a cycle, the
 * changes on it keep the plan's order.
 */
record ApplyOrder(List<Change> changes, List<Edge> edges) {

  /** {@code from} must be applied before {@code to}. */
  record Edge(ResourceAddress from, ResourceAddress to) {}

  ApplyOrder {
    changes = List.copyOf(changes);
    edges = List.copyOf(edges);
  }

  static ApplyOrder of(Plan plan) {
    Map<ResourceAddress, Change> byAddress = new LinkedHashMap<>();
    plan.effectiveChanges().forEach(c -> byAddress.put(c.address(), c));
    List<Edge> edges = new ArrayList<>();
    Map<ResourceAddress, Integer> waiting = new HashMap<>();
    for (Change c : byAddress.values()) {
      int n = 0;
      for (ResourceAddress dep : c.dependsOn()) {
        if (byAddress.containsKey(dep) && !dep.equals(c.address())) {
          edges.add(new Edge(dep, c.address()));
          n++;
        }
      }
      waiting.put(c.address(), n);
    }
    List<Change> ordered = new ArrayList<>();
    List<Change> left = new ArrayList<>(byAddress.values());
    while (!left.isEmpty()) {
      Change next =
          left.stream().filter(c -> waiting.get(c.address()) == 0).findFirst().orElse(left.get(0));
      left.remove(next);
      ordered.add(next);
      for (Edge e : edges) {
        if (e.from().equals(next.address()) && left.contains(byAddress.get(e.to()))) {
          waiting.merge(e.to(), -1, Integer::sum);
        }
      }
    }
    return new ApplyOrder(ordered, edges);
  }
}

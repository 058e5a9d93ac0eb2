package io.eksform.engine.report.plan;

import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.ResourceAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The effective changes of a plan in an order apply can follow (each after the changes it depends
 * on; ties in the plan's own order), and the edges between them as positions in that order. A
 * dependency on an object that does not change is already met, so it is no edge. Should the
 * dependencies form a cycle, the changes on it keep the plan's order.
 */
record ApplyOrder(List<Change> changes, List<Edge> edges) {

  /** The change at position {@code from} must be applied before the one at {@code to}. */
  record Edge(int from, int to) {}

  ApplyOrder {
    changes = List.copyOf(changes);
    edges = List.copyOf(edges);
  }

  static ApplyOrder of(Plan plan) {
    List<Change> input = plan.effectiveChanges();
    int n = input.size();
    Map<ResourceAddress, List<Integer>> byAddress = new HashMap<>();
    for (int i = 0; i < n; i++) {
      byAddress.computeIfAbsent(input.get(i).address(), a -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> next = new ArrayList<>();
    int[] waiting = new int[n];
    for (int i = 0; i < n; i++) {
      next.add(new ArrayList<>());
    }
    for (int to = 0; to < n; to++) {
      for (ResourceAddress dep : input.get(to).dependsOn()) {
        for (int from : byAddress.getOrDefault(dep, List.of())) {
          if (from != to) {
            next.get(from).add(to);
            waiting[to]++;
          }
        }
      }
    }
    int[] position = new int[n];
    List<Integer> order = new ArrayList<>(n);
    boolean[] placed = new boolean[n];
    PriorityQueue<Integer> ready = new PriorityQueue<>();
    for (int i = 0; i < n; i++) {
      if (waiting[i] == 0) {
        ready.add(i);
      }
    }
    int scan = 0;
    while (order.size() < n) {
      if (ready.isEmpty()) {
        while (placed[scan]) {
          scan++;
        }
        ready.add(scan); // a cycle: take the first left, in the plan's order
      }
      int i = ready.poll();
      if (placed[i]) {
        continue;
      }
      placed[i] = true;
      position[i] = order.size();
      order.add(i);
      for (int to : next.get(i)) {
        if (!placed[to] && --waiting[to] == 0) {
          ready.add(to);
        }
      }
    }
    List<Edge> edges = new ArrayList<>();
    for (int from = 0; from < n; from++) {
      for (int to : next.get(from)) {
        edges.add(new Edge(position[from], position[to]));
      }
    }
    edges.sort(
        (a, b) ->
            a.to() != b.to()
                ? Integer.compare(a.to(), b.to())
                : Integer.compare(a.from(), b.from()));
    return new ApplyOrder(order.stream().map(input::get).toList(), edges);
  }
}

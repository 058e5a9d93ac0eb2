package io.eksform.engine.report.plan;

import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import java.util.ArrayList;
import java.util.List;

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
    boolean[][] before = new boolean[n][n];
    int[] waiting = new int[n];
    for (int to = 0; to < n; to++) {
      for (int from = 0; from < n; from++) {
        if (from != to && input.get(to).dependsOn().contains(input.get(from).address())) {
          before[from][to] = true;
          waiting[to]++;
        }
      }
    }
    List<Integer> order = new ArrayList<>();
    boolean[] placed = new boolean[n];
    while (order.size() < n) {
      int next = -1;
      for (int i = 0; i < n && next < 0; i++) {
        if (!placed[i] && waiting[i] == 0) {
          next = i;
        }
      }
      for (int i = 0; i < n && next < 0; i++) {
        if (!placed[i]) {
          next = i; // a cycle: take the first left, in the plan's order
        }
      }
      placed[next] = true;
      order.add(next);
      for (int to = 0; to < n; to++) {
        if (before[next][to] && !placed[to]) {
          waiting[to]--;
        }
      }
    }
    int[] position = new int[n];
    for (int i = 0; i < n; i++) {
      position[order.get(i)] = i;
    }
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int from = order.get(i);
      for (int to = 0; to < n; to++) {
        if (before[from][to]) {
          edges.add(new Edge(i, position[to]));
        }
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

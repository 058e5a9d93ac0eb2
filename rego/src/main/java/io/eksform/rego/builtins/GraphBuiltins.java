package io.eksform.rego.builtins;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code graph.reachable} and {@code graph.reachable_paths} over an adjacency object whose values
 * are arrays or sets of neighbours.
 */
final class GraphBuiltins {
  private GraphBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("graph.reachable", 2, GraphBuiltins::reachable);
    r.add("graph.reachable_paths", 2, GraphBuiltins::reachablePaths);
  }

  private static List<Value> vertices(Value v) {
    return v instanceof ArrayValue || v instanceof SetValue ? Operands.elements(v) : List.of();
  }

  private static List<Value> initial(String name, Value v) throws BuiltinException {
    if (!(v instanceof ArrayValue) && !(v instanceof SetValue)) {
      throw Operands.typeError(name, 2, v, "{array, set}");
    }
    return Operands.elements(v);
  }

  private static Value reachable(BuiltinContext c, List<Value> a) throws BuiltinException {
    ObjectValue graph = Operands.object("graph.reachable", a, 1);
    Deque<Value> queue = new ArrayDeque<>(initial("graph.reachable", a.get(1)));
    TreeSet<Value> reached = new TreeSet<>();
    while (!queue.isEmpty()) {
      Value node = queue.poll();
      Value edges = graph.get(node);
      if (edges != null && reached.add(node)) {
        for (Value n : vertices(edges)) {
          if (!reached.contains(n)) {
            queue.add(n);
          }
        }
      }
    }
    return SetValue.wrap(reached);
  }

  private static Value reachablePaths(BuiltinContext c, List<Value> a) throws BuiltinException {
    ObjectValue graph = Operands.object("graph.reachable_paths", a, 1);
    TreeSet<Value> out = new TreeSet<>();
    for (Value node : initial("graph.reachable_paths", a.get(1))) {
      Value edges = graph.get(node);
      if (edges == null) {
        continue;
      }
      List<Value> neighbours = vertices(edges);
      if (neighbours.isEmpty()) {
        out.add(ArrayValue.of(node));
        continue;
      }
      TreeSet<Value> seen = new TreeSet<>(List.of(node));
      for (Value n : neighbours) {
        paths(graph, n, List.of(node), out, seen);
      }
    }
    return SetValue.wrap(out);
  }

  /**
   * Extends {@code path} through {@code root}, recording each maximal path (ends at a leaf or
   * cycle).
   */
  private static void paths(
      ObjectValue graph, Value root, List<Value> path, TreeSet<Value> out, TreeSet<Value> seen) {
    Value edges = graph.get(root);
    if (edges == null) {
      out.add(new ArrayValue(path));
      return;
    }
    List<Value> extended = new ArrayList<>(path);
    extended.add(root);
    List<Value> neighbours = vertices(edges);
    if (neighbours.isEmpty()) {
      out.add(new ArrayValue(extended));
      return;
    }
    TreeSet<Value> nowSeen = new TreeSet<>(seen);
    nowSeen.add(root);
    for (Value n : neighbours) {
      if (nowSeen.contains(n)) {
        out.add(new ArrayValue(extended));
      } else {
        paths(graph, n, extended, out, nowSeen);
      }
    }
  }
}

package io.eksform.engine.apply;

import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The changes of a plan that do something, each with the changes it must wait for (its {@code
 * dependsOn} that are themselves changes: a no-op dependency is already satisfied).
 */
final class ChangeGraph {
  private final Map<String, Change> changes = new LinkedHashMap<>();
  private final Map<String, Set<String>> needs = new LinkedHashMap<>();

  ChangeGraph(Plan plan) {
    for (Change c : plan.effectiveChanges()) {
      changes.put(c.address().toString(), c);
    }
    for (Change c : changes.values()) {
      Set<String> deps = new TreeSet<>();
      c.dependsOn().stream().map(Object::toString).filter(changes::containsKey).forEach(deps::add);
      needs.put(c.address().toString(), deps);
    }
  }

  List<String> addresses() {
    return new ArrayList<>(changes.keySet());
  }

  Change change(String address) {
    return changes.get(address);
  }

  Set<String> needs(String address) {
    return needs.get(address);
  }

  /** The changes that wait, directly or not, for {@code address}. */
  Set<String> dependentsOf(String address) {
    Set<String> out = new TreeSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (var e : needs.entrySet()) {
        if (!out.contains(e.getKey())
            && (e.getValue().contains(address) || e.getValue().stream().anyMatch(out::contains))) {
          out.add(e.getKey());
          grew = true;
        }
      }
    }
    return out;
  }
}

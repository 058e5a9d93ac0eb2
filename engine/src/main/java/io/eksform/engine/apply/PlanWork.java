package io.eksform.engine.apply;

import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanTarget;
import io.eksform.engine.plan.Replacement;
import io.eksform.engine.plan.ResourceAddress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The work a plan does, compared with the work of another: its target (cluster, region, account)
 * and, for every object it changes, the action, the state before (what apply reads to find and
 * delete the object) and after, the replacement strategy and the changes it waits for. Two plans
 * that differ in nothing else (the reasons, the fingerprints of live objects that only moved on) do
 * the same work; anything else is named, so that a saved plan edited by hand is refused for what
 * was edited.
 */
public final class PlanWork {
  /** How many differences a message names before it counts the rest. */
  static final int NAMED = 5;

  private PlanWork() {}

  /** What {@code planned} does that {@code fresh} would not, one line each; empty when none. */
  public static List<String> differences(Plan planned, Plan fresh) {
    List<String> out = new ArrayList<>();
    target(planned.target(), fresh.target()).ifPresent(out::add);
    Map<ResourceAddress, Change> saved = byAddress(planned);
    Map<ResourceAddress, Change> now = byAddress(fresh);
    TreeSet<ResourceAddress> addresses = new TreeSet<>(saved.keySet());
    addresses.addAll(now.keySet());
    for (ResourceAddress a : addresses) {
      Change s = saved.get(a);
      Change n = now.get(a);
      if (s == null) {
        out.add(
            a
                + ": the plan does not "
                + n.action().name().toLowerCase()
                + " it, a fresh plan does");
      } else if (n == null) {
        out.add(
            a
                + ": the plan would "
                + s.action().name().toLowerCase()
                + " it, a fresh plan would not");
      } else {
        change(a, s, n).ifPresent(out::add);
      }
    }
    return out;
  }

  /** {@link #differences} in one line, naming the first few. */
  public static String describe(List<String> differences) {
    List<String> named = differences.subList(0, Math.min(NAMED, differences.size()));
    int more = differences.size() - named.size();
    return String.join("; ", named) + (more > 0 ? "; and " + more + " more" : "");
  }

  private static Optional<String> target(PlanTarget saved, PlanTarget now) {
    if (saved.equals(now)) {
      return Optional.empty();
    }
    return Optional.of(
        "the plan is for "
            + describe(saved)
            + ", but its config and credentials now reach "
            + describe(now));
  }

  private static String describe(PlanTarget t) {
    return "cluster " + t.cluster() + " in " + t.region() + ", account " + t.accountId();
  }

  private static Map<ResourceAddress, Change> byAddress(Plan plan) {
    Map<ResourceAddress, Change> out = new TreeMap<>();
    for (Change c : plan.effectiveChanges()) {
      out.put(c.address(), c);
    }
    return out;
  }

  private static Optional<String> change(ResourceAddress a, Change saved, Change now) {
    if (saved.action() != now.action()) {
      return Optional.of(
          a
              + ": the plan would "
              + saved.action().name().toLowerCase()
              + " it, a fresh plan would "
              + now.action().name().toLowerCase()
              + " it");
    }
    Optional<String> after = firstDifference("", saved.after(), now.after());
    if (after.isPresent()) {
      return Optional.of(a + ": its end state differs (" + shown(after.get()) + ")");
    }
    Optional<String> before = firstDifference("", saved.before(), now.before());
    if (before.isPresent()) {
      return Optional.of(a + ": the live object it acts on differs (" + shown(before.get()) + ")");
    }
    Optional<Object> s = saved.replacement().map(Replacement::strategy);
    Optional<Object> n = now.replacement().map(Replacement::strategy);
    if (!s.equals(n)) {
      return Optional.of(a + ": its replacement strategy differs");
    }
    if (!saved.dependsOn().equals(now.dependsOn())) {
      return Optional.of(a + ": the changes it waits for differ");
    }
    return Optional.empty();
  }

  private static String shown(String path) {
    return path.isEmpty() ? "the whole object" : path;
  }

  /** The path of the first place where two JSON values differ, empty when they are equal. */
  private static Optional<String> firstDifference(String path, JsonNode a, JsonNode b) {
    if (a.equals(b)) {
      return Optional.empty();
    }
    if (a.isObject() && b.isObject()) {
      TreeSet<String> names = new TreeSet<>(a.propertyNames());
      names.addAll(b.propertyNames());
      for (String name : names) {
        Optional<String> d =
            firstDifference(path.isEmpty() ? name : path + "." + name, a.path(name), b.path(name));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    if (a.isArray() && b.isArray() && a.size() == b.size()) {
      Iterator<JsonNode> ia = a.iterator();
      Iterator<JsonNode> ib = b.iterator();
      for (int i = 0; ia.hasNext(); i++) {
        Optional<String> d = firstDifference(path + "[" + i + "]", ia.next(), ib.next());
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.of(path);
  }
}

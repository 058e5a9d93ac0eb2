package io.eksform.engine.plan;

import io.eksform.engine.live.LiveFargateProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Decides how each replacement of a plan is carried out, once every resource planner has run. A
 * Fargate profile or a managed node group can exist twice (the new one under a suffixed name), so
 * it follows {@code --replace-strategy}, create-before-destroy by default; an add-on or a
 * Kubernetes service account has a fixed name, so it is always destroyed before it is created. A
 * replacement of anything else is an error in the plan: apply could not carry it out.
 */
public final class Replacements {
  private Replacements() {}

  public static void decide(PlanContext ctx) {
    Map<ResourceAddress, Action> actions = new TreeMap<>();
    ctx.changes.forEach(c -> actions.put(c.address(), c.action()));
    List<Change> decided = new ArrayList<>();
    for (Change c : ctx.changes) {
      if (c.action() != Action.REPLACE) {
        decided.add(c);
        continue;
      }
      Optional<Replacement> r = ctx.replacer.replacement(ctx, c, actions);
      if (r.isEmpty()) {
        ctx.error(
            c.address()
                + " would have to be replaced ("
                + String.join("; ", c.reasons())
                + "), and eksform cannot replace a "
                + c.address().type(),
            c.configPointer(),
            "make this change with eksctl or the AWS console, or change the config back");
      }
      decided.add(r.map(c::withReplacement).orElse(c));
    }
    ctx.changes.clear();
    ctx.changes.addAll(decided);
  }

  /** How the reason of a replacement starts: whether --replace-strategy chose it. */
  public static String origin(Optional<ReplaceStrategy> asked) {
    return asked.isPresent() ? "as --replace-strategy asks: " : "the default: ";
  }

  /**
   * The replacement of an object whose name is fixed: always destroyed first, whatever {@code
   * --replace-strategy} asks.
   */
  public static Replacement fixedName(Optional<ReplaceStrategy> asked, String why) {
    String ignored =
        asked.filter(s -> s == ReplaceStrategy.CREATE_BEFORE_DESTROY).isPresent()
            ? " (--replace-strategy create-before-destroy cannot apply)"
            : "";
    return Replacement.of(
        ReplaceStrategy.DESTROY_BEFORE_CREATE,
        why + ", so the old one is deleted, then the new one is created" + ignored);
  }

  /**
   * The namespaces the replaced profile selects that no remaining profile selects. A remaining
   * profile is a live one (not failed, not being deleted) that this plan neither deletes nor
   * replaces: profiles the plan creates or replaces may not exist yet when the old one is gone.
   * Selectors are compared by namespace: a label selector still counts as selecting its namespace.
   */
  static Set<String> namespacesLosingFargate(
      PlanContext ctx, Change replaced, Map<ResourceAddress, Action> actions) {
    Set<String> lost = namespaces(replaced.before().path("selectors"));
    for (LiveFargateProfile live : ctx.live.fargateProfiles()) {
      if ("DELETING".equals(live.status()) || "CREATE_FAILED".equals(live.status())) {
        continue;
      }
      ResourceAddress address = FargatePlanner.addressOf(ctx, live);
      Action action = actions.getOrDefault(address, Action.NO_OP);
      if (address.equals(replaced.address())
          || action == Action.DELETE
          || action == Action.REPLACE) {
        continue;
      }
      live.selectors().forEach(s -> lost.remove(s.namespace()));
    }
    return lost;
  }

  private static Set<String> namespaces(JsonNode selectors) {
    Set<String> out = new TreeSet<>();
    selectors.forEach(s -> out.add(s.path("namespace").asString()));
    return out;
  }
}

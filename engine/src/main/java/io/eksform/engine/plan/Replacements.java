package io.eksform.engine.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decides how each replacement of a plan is carried out, once every kind has planned, by asking the
 * kind of the replaced object (the context's {@link Replacer}): an object that can exist twice (the
 * new one under a suffixed name) follows {@code --replace-strategy}, create-before-destroy by
 * default; one with a fixed name is always destroyed before it is created. A replacement its kind
 * cannot carry out is an error in the plan.
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
}

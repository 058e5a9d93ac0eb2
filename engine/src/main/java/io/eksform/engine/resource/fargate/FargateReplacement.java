package io.eksform.engine.resource.fargate;

import io.eksform.engine.live.LiveFargateProfile;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ReplaceStrategy;
import io.eksform.engine.plan.Replacement;
import io.eksform.engine.plan.Replacements;
import io.eksform.engine.plan.ResourceAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * How a Fargate profile is replaced: it can exist twice (the new one under a suffixed name), so it
 * follows {@code --replace-strategy}, create-before-destroy by default; destroying first names the
 * namespaces that briefly have no profile to schedule on.
 */
final class FargateReplacement {
  private FargateReplacement() {}

  static Replacement of(PlanContext ctx, Change c, Map<ResourceAddress, Action> actions) {
    Optional<ReplaceStrategy> asked = ctx.options().replaceStrategy();
    ReplaceStrategy s = asked.orElse(ReplaceStrategy.CREATE_BEFORE_DESTROY);
    List<String> gap =
        s == ReplaceStrategy.CREATE_BEFORE_DESTROY
            ? List.of()
            : List.copyOf(namespacesLosingFargate(ctx, c, actions));
    String why =
        s == ReplaceStrategy.CREATE_BEFORE_DESTROY
            ? "the new profile is created under a suffixed name and is ACTIVE before the old"
                + " one is deleted, so no namespace loses Fargate scheduling"
            : "the old profile is deleted before the new one is created under its name";
    return new Replacement(s, Replacements.origin(asked) + why, Optional.of(gap));
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
    for (LiveFargateProfile live : ctx.live().fargateProfiles()) {
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

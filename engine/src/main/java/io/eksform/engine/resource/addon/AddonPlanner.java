package io.eksform.engine.resource.addon;

import io.eksform.engine.desired.AddonSpec;
import io.eksform.engine.ledger.Disposition;
import io.eksform.engine.live.LiveAddon;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.AttributeChange;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Changes;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.Makers;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.Pruning;
import io.eksform.engine.plan.ResourceAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * EKS add-ons: created when missing; version, service account role, configuration values and tags
 * updated in place; a lower version (EKS cannot downgrade) or a live add-on that failed to create
 * is a replacement. A version left out of the config is the cluster's default and is not compared.
 * The namespace is set when the add-on is created and cannot change; {@code resolveConflicts} is
 * sent with each create and update (EKS keeps no record of it, so it is never compared). An add-on
 * whose config gives policies gets the IRSA role {@link AddonRolePlanner} plans for it.
 */
final class AddonPlanner {
  private AddonPlanner() {}

  static void plan(PlanContext ctx) {
    for (AddonSpec spec : ctx.desired().addons()) {
      plan(ctx, spec);
    }
    for (AddonSpec spec : DefaultAddons.wanted(ctx)) {
      plan(ctx, spec);
    }
    for (LiveAddon live : ctx.live().addons()) {
      boolean named = ctx.desired().addons().stream().anyMatch(s -> s.name().equals(live.name()));
      boolean kept = DefaultAddons.installedAsDefault(live);
      if (!named && !kept && !"DELETING".equals(live.status())) {
        Pruning.unmatched(
            ctx, ResourceAddress.of(ResourceAddress.ADDON, live.name()), live.tags(), Json.NONE);
      }
    }
    AddonRolePlanner.leftBehind(ctx);
  }

  private static void plan(PlanContext ctx, AddonSpec spec) {
    Optional<String> ownRole = AddonRolePlanner.plan(ctx, spec);
    unusedBoundary(ctx, spec);
    ObjectNode after = Json.object();
    after.put("name", spec.name());
    spec.version().filter(v -> !v.equals("latest")).ifPresent(v -> after.put("version", v));
    spec.serviceAccountRoleArn()
        .or(() -> ownRole)
        .ifPresent(v -> after.put("service_account_role_arn", v));
    spec.configurationValues().ifPresent(v -> after.put("configuration_values", v));
    if (!spec.tags().isEmpty()) {
      after.set("tags", Json.map(spec.tags()));
    }
    spec.namespace().ifPresent(v -> after.put("namespace", v));
    spec.resolveConflicts().ifPresent(v -> after.put("resolve_conflicts", v));
    ResourceAddress address = ResourceAddress.of(ResourceAddress.ADDON, spec.name());
    List<ResourceAddress> deps =
        ownRole.isPresent()
            ? List.of(ResourceAddress.of(ResourceAddress.ADDON_ROLE, spec.name()))
            : List.of();
    Optional<LiveAddon> live =
        ctx.live().addon(spec.name()).filter(a -> !"DELETING".equals(a.status()));
    if (live.isEmpty()) {
      Change create =
          Changes.create(
              address, after, "add-on " + spec.name() + " is not installed", deps, spec.pointer());
      ctx.add(withConflictReason(create, spec, false));
      return;
    }
    LiveAddon a = live.get();
    ObjectNode before = Json.object();
    before.put("name", a.name());
    if (after.has("version")) {
      before.put("version", a.version());
    }
    if (after.has("service_account_role_arn")) {
      before.set("service_account_role_arn", Json.text(a.serviceAccountRoleArn()));
    }
    if (after.has("configuration_values")) {
      before.set("configuration_values", Json.text(a.configurationValues()));
    }
    if (after.has("tags")) {
      before.set("tags", Json.map(Json.subset(a.tags(), spec.tags().keySet())));
    }
    List<String> why = new ArrayList<>();
    if ("CREATE_FAILED".equals(a.status())) {
      why.add("the live add-on is CREATE_FAILED");
    }
    if (after.has("version") && AddonVersions.older(after.get("version").asString(), a.version())) {
      why.add(
          "version "
              + after.get("version").asString()
              + " is older than the live "
              + a.version()
              + ", and EKS cannot downgrade an add-on in place");
    }
    if (after.has("namespace")) {
      // A replacement creates the add-on anew, in the namespace the config names.
      boolean replaced = !why.isEmpty() && a.namespace().isPresent();
      before.set("namespace", replaced ? Json.text(a.namespace()) : after.get("namespace"));
      if (why.isEmpty()) {
        checkNamespace(ctx, spec, a);
      }
    }
    if (after.has("resolve_conflicts")) {
      // Not a setting EKS stores: it only says how this plan's create or update goes.
      before.set("resolve_conflicts", after.get("resolve_conflicts"));
    }
    Change compared =
        Changes.compare(address, before, after, Set.of("name"), "EKS", deps, spec.pointer());
    if (why.isEmpty()) {
      ctx.adopt(address, Makers.ofTags(a.tags()));
      if (compared.isChange()) {
        ctx.add(withConflictReason(compared, spec, true));
      } else {
        ctx.add(compared);
        spec.resolveConflicts()
            .ifPresent(
                v ->
                    ctx.notActedOn(
                        spec.pointer() + "/resolveConflicts",
                        Disposition.VALIDATED_ONLY,
                        "EKS keeps no record of it: it is sent with the add-on's next create or"
                            + " update, and this plan has none"));
      }
      return;
    }
    var attributes =
        compared.attributes().stream()
            .map(
                c ->
                    c.path().equals("version")
                        ? new AttributeChange(
                            c.path(), c.before(), c.after(), true, c.knownAfterApply())
                        : c)
            .toList();
    why.addAll(compared.reasons().stream().filter(r -> !r.startsWith("version ")).toList());
    ctx.add(
        withConflictReason(
            new Change(
                address, Action.REPLACE, before, after, attributes, why, deps, spec.pointer()),
            spec,
            true));
  }

  /**
   * EKS installs an add-on in its namespace once: a config that names another than the live
   * add-on's is an error at the field, not a silent no-op.
   */
  private static void checkNamespace(PlanContext ctx, AddonSpec spec, LiveAddon live) {
    String pointer = spec.pointer() + "/namespaceConfig/namespace";
    String wanted = spec.namespace().orElseThrow();
    if (live.namespace().isEmpty()) {
      ctx.warning(
          "EKS reports no namespace for add-on "
              + spec.name()
              + ", so eksform cannot check namespaceConfig.namespace ("
              + wanted
              + ") against it",
          pointer,
          "check the add-on's namespace in the cluster");
    } else if (!live.namespace().get().equals(wanted)) {
      ctx.error(
          "add-on "
              + spec.name()
              + " is installed in namespace "
              + live.namespace().get()
              + ", and namespaceConfig.namespace asks for "
              + wanted
              + "; EKS sets an add-on's namespace when it creates it and cannot change it",
          pointer,
          "set namespaceConfig.namespace back to "
              + live.namespace().get()
              + ", or delete the add-on (eksctl delete addon) and apply again to create it in "
              + wanted);
    }
  }

  /** Says in the plan how EKS is told to resolve conflicts in this create or update. */
  private static Change withConflictReason(Change change, AddonSpec spec, boolean always) {
    List<String> reasons = new ArrayList<>(change.reasons());
    if (spec.resolveConflicts().isPresent()) {
      if (!always) {
        return change; // a creation lists resolve_conflicts among its attributes
      }
      reasons.add("EKS resolves conflicts with " + spec.resolveConflicts().get());
    } else {
      reasons.add(
          "resolveConflicts is not set: none is sent, as eksctl does, and EKS applies its default");
    }
    return new Change(
        change.address(),
        change.action(),
        change.before(),
        change.after(),
        change.attributes(),
        reasons,
        change.dependsOn(),
        change.configPointer());
  }

  /** A boundary for a role eksform does not make (none is asked for) has nothing to bound. */
  private static void unusedBoundary(PlanContext ctx, AddonSpec spec) {
    if (spec.permissionsBoundary().isPresent() && !spec.hasRolePolicies()) {
      ctx.notActedOn(
          spec.pointer() + "/permissionsBoundary",
          Disposition.VALIDATED_ONLY,
          "it bounds the role eksform makes from attachPolicyARNs, attachPolicy or"
              + " wellKnownPolicies, and none of them is given");
    }
  }
}

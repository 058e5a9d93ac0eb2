package io.eksform.engine.resource.addon;

import io.eksform.engine.desired.AddonSpec;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.LiveAddon;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Changes;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.Makers;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.Pruning;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.plan.RolePolicies;
import io.eksform.engine.plan.TrustPolicies;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The IRSA role eksform makes for an add-on whose config gives its policies ({@code
 * attachPolicyARNs}, {@code attachPolicy} or {@code wellKnownPolicies}, with an optional {@code
 * permissionsBoundary}) instead of naming a role with {@code serviceAccountRoleARN}, as eksctl
 * does: trusted through the cluster's OIDC provider by the add-on's service account where eksctl
 * knows it ({@code aws-node} of vpc-cni) and by any service account of the cluster otherwise. The
 * add-on is given the role's ARN. A role eksform made for an add-on that no longer asks for one is
 * deleted with the add-on, or once the add-on uses another role (with {@code --prune}); while the
 * add-on still uses it, it is kept.
 */
final class AddonRolePlanner {
  private static final String PREFIX = ResourceAddress.ADDON_ROLE + ".";
  private static final String VPC_CNI = "vpc-cni";

  private AddonRolePlanner() {}

  /**
   * Plans the role of {@code spec} when its config gives policies, and returns the ARN the add-on
   * is to use; empty when no role is made (none asked for, or the config cannot have one: an error
   * of the plan says why).
   */
  static Optional<String> plan(PlanContext ctx, AddonSpec spec) {
    if (!spec.hasRolePolicies() || !onePolicySource(ctx, spec) || !oidcAvailable(ctx, spec)) {
      return Optional.empty();
    }
    Optional<String> issuer = ctx.live().cluster().issuerHostPath();
    if (issuer.isEmpty()) {
      return Optional.empty();
    }
    Optional<LiveRole> adopted = inUse(ctx, spec);
    String name =
        adopted.map(LiveRole::name).orElse(ManagedNames.addonRole(ctx.cluster(), spec.name()));
    LiveRole live = ctx.live().roles().get(name);
    String arn = live != null ? live.arn() : ctx.roleArn(name);
    ObjectNode after = Json.object();
    after.put("role_name", name);
    after.put("role_arn", arn);
    after.set("trust_policy", trustPolicy(ctx, spec, issuer.get()));
    after.set(
        "attach_policy_arns",
        Json.strings(RolePolicies.managed(spec.attachPolicyArns(), spec.wellKnownPolicies())));
    after.set("inline_policy", RolePolicies.inline(spec.inlinePolicy(), spec.wellKnownPolicies()));
    after.set("permissions_boundary", Json.text(spec.permissionsBoundary()));
    ResourceAddress address = ResourceAddress.of(ResourceAddress.ADDON_ROLE, spec.name());
    List<ResourceAddress> deps = List.of(ResourceAddress.of(ResourceAddress.OIDC_PROVIDER));
    if (live == null) {
      ctx.add(
          Changes.create(
              address,
              after,
              "add-on "
                  + spec.name()
                  + " gets an IRSA role from its policies, and "
                  + name
                  + " does not exist",
              deps,
              spec.pointer()));
    } else {
      ObjectNode before = Json.object();
      before.put("role_name", live.name());
      before.put("role_arn", live.arn());
      before.set("trust_policy", TrustPolicies.parse(live.trustPolicy()));
      before.set("attach_policy_arns", Json.strings(live.attachedPolicyArns()));
      before.set("inline_policy", RolePolicies.inlineOf(Optional.of(live)));
      before.set("permissions_boundary", Json.text(live.permissionsBoundary()));
      Change compared =
          Changes.compare(address, before, after, Set.of(), "IAM", deps, spec.pointer());
      adopted.ifPresent(r -> ctx.adopt(address, Makers.ofRole(r, ctx.cluster())));
      ctx.add(compared);
    }
    return Optional.of(arn);
  }

  /**
   * The role the live add-on already runs with, when another tool made it (eksctl's add-on stack,
   * say): the config gives policies, not a role name, so that role satisfies it and is diffed.
   */
  private static Optional<LiveRole> inUse(PlanContext ctx, AddonSpec spec) {
    return ctx.live()
        .addon(spec.name())
        .flatMap(LiveAddon::serviceAccountRoleArn)
        .flatMap(ctx.live()::roleByArn)
        .filter(r -> !Makers.ofRole(r, ctx.cluster()).equals(Makers.EKSFORM));
  }

  /**
   * eksctl's trust for an add-on role: its service account where eksctl knows which one it is (the
   * VPC CNI's {@code aws-node}, in the add-on's namespace), else the audience alone.
   */
  private static ObjectNode trustPolicy(PlanContext ctx, AddonSpec spec, String issuer) {
    if (spec.name().toLowerCase(Locale.ROOT).equals(VPC_CNI)) {
      return TrustPolicies.serviceAccount(
          ctx.account(), issuer, spec.namespace().orElse("kube-system"), "aws-node");
    }
    return TrustPolicies.anyServiceAccount(ctx.account(), issuer);
  }

  /** eksctl accepts one way to give an add-on its permissions; a second is an error at it. */
  private static boolean onePolicySource(PlanContext ctx, AddonSpec spec) {
    Map<String, Boolean> sources = new LinkedHashMap<>();
    sources.put("wellKnownPolicies", !spec.wellKnownPolicies().isEmpty());
    sources.put("serviceAccountRoleARN", spec.serviceAccountRoleArn().isPresent());
    sources.put("attachPolicyARNs", !spec.attachPolicyArns().isEmpty());
    sources.put("attachPolicy", spec.inlinePolicy().isPresent());
    List<String> given =
        sources.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    if (given.size() < 2) {
      return true;
    }
    ctx.error(
        "add-on "
            + spec.name()
            + " sets both "
            + given.get(0)
            + " and "
            + given.get(1)
            + "; eksctl accepts at most one of wellKnownPolicies, serviceAccountRoleARN,"
            + " attachPolicyARNs and attachPolicy",
        spec.pointer() + "/" + given.get(1),
        "keep one of them");
    return false;
  }

  /**
   * The role is assumed through the cluster's IAM OIDC provider: it exists, or this plan creates it
   * ({@code iam.withOIDC}, or service accounts that need it). eksctl leaves the role out with a
   * warning otherwise; eksform refuses, as that would install the add-on without its permissions.
   */
  private static boolean oidcAvailable(PlanContext ctx, AddonSpec spec) {
    boolean disabled = ctx.desired().fields().value("/iam/withOIDC").equals(Optional.of("false"));
    boolean planned =
        !disabled && (ctx.desired().withOidc() || !ctx.desired().serviceAccounts().isEmpty());
    if (ctx.live().oidcProvider().isPresent() || planned) {
      return true;
    }
    ctx.error(
        "add-on "
            + spec.name()
            + " needs an IRSA role for its policies, and the cluster has no IAM OIDC provider"
            + (disabled ? " (iam.withOIDC is false)" : ""),
        spec.pointer() + "/" + firstPolicyField(spec),
        "set iam.withOIDC to true, or name an existing role with serviceAccountRoleARN");
    return false;
  }

  private static String firstPolicyField(AddonSpec spec) {
    if (!spec.wellKnownPolicies().isEmpty()) {
      return "wellKnownPolicies";
    }
    return spec.attachPolicyArns().isEmpty() ? "attachPolicy" : "attachPolicyARNs";
  }

  /**
   * Roles eksform made for add-ons that no longer ask for one: deleted after the add-on is deleted
   * or moved to another role (with {@code --prune}, as other objects the config dropped), kept
   * while the add-on goes on using them.
   */
  static void leftBehind(PlanContext ctx) {
    for (LiveRole role :
        ctx.live().roles().values().stream()
            .sorted(Comparator.comparing(LiveRole::name))
            .toList()) {
      Optional<String> addon = addonOf(ctx, role);
      if (addon.isEmpty() || planned(ctx, addon.get())) {
        continue;
      }
      ResourceAddress address = ResourceAddress.of(ResourceAddress.ADDON_ROLE, addon.get());
      ResourceAddress addonAddress = ResourceAddress.of(ResourceAddress.ADDON, addon.get());
      if (stillUsed(ctx, role, addon.get())) {
        ctx.noteUnmanaged(
            address
                + ": made by eksform, no longer asked for by the config; add-on "
                + addon.get()
                + " still uses it, so it is kept");
        continue;
      }
      ObjectNode before = Json.object();
      before.put("role_name", role.name());
      before.put("role_arn", role.arn());
      // The delete waits for the add-on's change: the role goes only once the add-on no longer
      // uses it.
      Pruning.unmatched(ctx, address, role.tags(), before, List.of(addonAddress));
    }
  }

  /** The add-on an eksform role of this cluster was made for, from its tags. */
  private static Optional<String> addonOf(PlanContext ctx, LiveRole role) {
    Map<String, String> tags = role.tags();
    String resource = tags.getOrDefault(ManagedNames.TAG_RESOURCE, "");
    boolean ours =
        "eksform".equals(tags.get(ManagedNames.TAG_MANAGED_BY))
            && ctx.cluster().equals(tags.get(ManagedNames.TAG_CLUSTER))
            && resource.startsWith(PREFIX);
    return ours ? Optional.of(resource.substring(PREFIX.length())) : Optional.empty();
  }

  private static boolean planned(PlanContext ctx, String addon) {
    return ctx.changes().stream()
        .anyMatch(
            c ->
                c.address().type().equals(ResourceAddress.ADDON_ROLE)
                    && c.address().name().equals(addon));
  }

  /**
   * True when the add-on uses the role now and this plan neither deletes the add-on nor gives it
   * another role.
   */
  private static boolean stillUsed(PlanContext ctx, LiveRole role, String addon) {
    Optional<LiveAddon> live = ctx.live().addon(addon);
    if (live.isEmpty() || !live.get().serviceAccountRoleArn().equals(Optional.of(role.arn()))) {
      return false;
    }
    Optional<Change> change =
        ctx.changes().stream()
            .filter(
                c ->
                    c.address().type().equals(ResourceAddress.ADDON)
                        && c.address().name().equals(addon))
            .findFirst();
    if (change.isEmpty() || change.get().action() == Action.DELETE) {
      return change.isEmpty();
    }
    JsonNode wanted = change.get().after().path("service_account_role_arn");
    return !wanted.isString() || wanted.asString().equals(role.arn());
  }
}

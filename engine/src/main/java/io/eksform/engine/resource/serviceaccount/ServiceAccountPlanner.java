package io.eksform.engine.resource.serviceaccount;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.desired.ServiceAccountSpec;
import io.eksform.engine.ledger.Disposition;
import io.eksform.engine.live.LiveReader;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.live.LiveServiceAccount;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.AttributeChange;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Changes;
import io.eksform.engine.plan.Diff;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.Makers;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.plan.RolePolicies;
import io.eksform.engine.plan.TrustPolicies;
import io.eksform.engine.plan.Unknown;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * IRSA service accounts: per {@code namespace/name}, the IAM role (trust bound to the cluster's
 * OIDC provider and this one service account, or those its {@code subjectPattern} matches; its
 * managed and inline policies, eksctl's well-known policy sets among them) and the Kubernetes
 * service account annotated with the role's ARN (the namespaces it needs are planned before it). A
 * role found through the service account's annotation (one eksctl made, say) is adopted.
 */
final class ServiceAccountPlanner {
  static final String ROLE_ANNOTATION = "eks.amazonaws.com/role-arn";
  static final String MANAGED_BY_LABEL = ManagedNames.MANAGED_BY_LABEL;

  private ServiceAccountPlanner() {}

  static void plan(PlanContext ctx) {
    if (ctx.live().cluster().pending()) {
      // A cluster this plan creates: its issuer, and so each role's trust, is known after apply.
      for (ServiceAccountSpec sa : ctx.desired().serviceAccounts()) {
        plan(ctx, sa, Unknown.TEXT);
      }
      return;
    }
    ctx.live()
        .cluster()
        .issuerHostPath()
        .ifPresent(
            issuer -> {
              for (ServiceAccountSpec sa : ctx.desired().serviceAccounts()) {
                plan(ctx, sa, issuer);
              }
            });
  }

  /** Settings of a role eksform makes, given beside {@code attachRoleARN}: no role is made. */
  private static void unusedWithAttachedRole(PlanContext ctx, ServiceAccountSpec sa) {
    if (!sa.attachPolicyArns().isEmpty() || sa.inlinePolicy().isPresent()) {
      ctx.error(
          "service account "
              + sa.key()
              + ": cannot provide attachRoleARN and specify policies to attach, as eksctl"
              + " refuses; the role it names is used as it is",
          sa.pointer() + (sa.inlinePolicy().isPresent() ? "/attachPolicy" : "/attachPolicyARNs"),
          "attach the policies to that role yourself, or remove attachRoleARN so that eksform"
              + " makes a role with them");
    }
    if (sa.roleName().isPresent()) {
      ctx.error(
          "service account "
              + sa.key()
              + ": cannot provide roleName when attachRoleARN is configured, as eksctl refuses",
          sa.pointer() + "/roleName",
          "remove roleName, or remove attachRoleARN so that eksform makes a role of that name");
    }
    if (sa.permissionsBoundary().isPresent()) {
      unused(ctx, sa, "permissionsBoundary");
    }
    if (!sa.tags().isEmpty()) {
      unused(ctx, sa, "tags");
    }
    if (!sa.wellKnownPolicies().isEmpty()) {
      unused(ctx, sa, "wellKnownPolicies");
    }
    if (sa.subjectPattern().isPresent()) {
      unused(ctx, sa, "subjectPattern");
    }
  }

  private static void unused(PlanContext ctx, ServiceAccountSpec sa, String field) {
    ctx.notActedOn(
        sa.pointer() + "/" + field,
        Disposition.VALIDATED_ONLY,
        "attachRoleARN names an existing role, so eksform makes none and "
            + field
            + " has no effect");
  }

  /** One service account, or with {@code subjectPattern} those of its namespace that match. */
  private static ObjectNode trustPolicy(PlanContext ctx, ServiceAccountSpec sa, String issuer) {
    return sa.subjectPattern()
        .map(
            pattern ->
                TrustPolicies.serviceAccountPattern(ctx.account(), issuer, sa.namespace(), pattern))
        .orElse(TrustPolicies.serviceAccount(ctx.account(), issuer, sa.namespace(), sa.name()));
  }

  private static void plan(PlanContext ctx, ServiceAccountSpec sa, String issuer) {
    Optional<LiveServiceAccount> liveAccount = ctx.live().serviceAccount(sa.namespace(), sa.name());
    boolean ownRole = sa.attachRoleArn().isEmpty();
    if (!ownRole) {
      unusedWithAttachedRole(ctx, sa);
    }
    String roleName = roleName(ctx, sa, liveAccount);
    Optional<LiveRole> liveRole =
        ownRole ? Optional.ofNullable(ctx.live().roles().get(roleName)) : Optional.empty();
    String roleArn =
        sa.attachRoleArn().orElse(liveRole.map(LiveRole::arn).orElse(ctx.roleArn(roleName)));

    ObjectNode after = Json.object();
    after.put("namespace", sa.namespace());
    after.put("name", sa.name());
    after.put("role_arn", roleArn);
    if (ownRole) {
      after.put("role_name", roleName);
      if (issuer.equals(Unknown.TEXT)) {
        after.set("trust_policy", Unknown.node());
        sa.subjectPattern().ifPresent(p -> after.put("subject_pattern", p));
      } else {
        after.set("trust_policy", trustPolicy(ctx, sa, issuer));
      }
      after.set(
          "attach_policy_arns",
          Json.strings(RolePolicies.managed(sa.attachPolicyArns(), sa.wellKnownPolicies())));
      after.set("inline_policy", RolePolicies.inline(sa.inlinePolicy(), sa.wellKnownPolicies()));
      after.set("permissions_boundary", Json.text(sa.permissionsBoundary()));
      after.set("role_tags", Json.map(sa.tags()));
    }
    if (!sa.roleOnly()) {
      Map<String, String> annotations = new TreeMap<>(sa.annotations());
      annotations.put(ROLE_ANNOTATION, roleArn);
      Map<String, String> labels = new TreeMap<>(sa.labels());
      if (liveAccount.isEmpty()) {
        // Only what eksform creates gets its mark: another tool's mark on a live one is kept.
        labels.putIfAbsent(MANAGED_BY_LABEL, "eksform");
      }
      after.set("annotations", Json.map(annotations));
      after.set("labels", Json.map(labels));
    }

    ResourceAddress address = ResourceAddress.of(ResourceAddress.SERVICE_ACCOUNT, sa.key());
    List<ResourceAddress> deps = new ArrayList<>();
    deps.add(ResourceAddress.of(ResourceAddress.OIDC_PROVIDER));
    if (!sa.roleOnly() && !ctx.live().hasNamespace(sa.namespace())) {
      deps.add(ResourceAddress.of(ResourceAddress.NAMESPACE, sa.namespace()));
    }
    Optional<PreviousRoles.Previous> previous =
        ownRole ? PreviousRoles.find(ctx, sa, liveAccount, roleName) : Optional.empty();
    if (previous.isPresent()) {
      ctx.add(replacement(sa, previous.get(), liveAccount, after, address, deps));
      return;
    }
    ObjectNode before = before(liveRole, liveAccount, after, ownRole, sa.roleOnly());
    if (liveRole.isEmpty() && liveAccount.isEmpty()) {
      ctx.add(
          Changes.create(
              address,
              after,
              ownRole
                  ? "no IAM role " + roleName + " and no service account " + sa.key()
                  : "no service account " + sa.key(),
              deps,
              sa.pointer()));
      return;
    }
    var attributes = Diff.attributes(before, after, Set.of(), Set.of());
    List<String> reasons = new ArrayList<>();
    if (ownRole && liveRole.isEmpty()) {
      reasons.add("IAM role " + roleName + " is missing");
    }
    if (!sa.roleOnly() && liveAccount.isEmpty()) {
      reasons.add("service account " + sa.key() + " is missing in the cluster");
    }
    for (AttributeChange a : attributes) {
      reasons.add(a.path() + " differs");
    }
    if (liveAccount.isPresent() || liveRole.isPresent()) {
      ctx.adopt(
          address,
          liveAccount
              .map(a -> Makers.ofLabels(a.labels()))
              .filter(m -> !m.equals(Makers.OTHER))
              .or(() -> liveRole.map(r -> Makers.ofRole(r, ctx.cluster())))
              .orElse(Makers.OTHER));
    }
    ctx.add(
        new Change(
            address,
            Diff.actionFor(attributes),
            before,
            after,
            attributes,
            attributes.isEmpty() ? List.of() : reasons,
            deps,
            sa.pointer()));
  }

  /**
   * The service account's role changed identity, or the service account moved namespace: the old
   * role and service account (named in {@code before}) are deleted, the new ones created.
   */
  private static Change replacement(
      ServiceAccountSpec sa,
      PreviousRoles.Previous previous,
      Optional<LiveServiceAccount> liveAccount,
      ObjectNode after,
      ResourceAddress address,
      List<ResourceAddress> deps) {
    boolean moved = !previous.namespace().equals(sa.namespace());
    ObjectNode before =
        before(
            Optional.of(previous.role()),
            moved ? Optional.empty() : liveAccount,
            after,
            true,
            sa.roleOnly());
    before.put("namespace", previous.namespace());
    var attributes = Diff.attributes(before, after, Set.of("namespace", "role_name"), Set.of());
    List<String> reasons = new ArrayList<>();
    if (moved) {
      reasons.add(
          "the service account moves from namespace "
              + previous.namespace()
              + " to "
              + sa.namespace()
              + "; the one in "
              + previous.namespace()
              + " is deleted");
    }
    if (!previous.role().name().equals(after.get("role_name").asString())) {
      reasons.add(
          "its IAM role changes from "
              + previous.role().name()
              + " to "
              + after.get("role_name").asString()
              + " (IAM cannot rename a role); the old role is deleted");
    }
    return new Change(
        address, Action.REPLACE, before, after, attributes, reasons, deps, sa.pointer());
  }

  private static String roleName(
      PlanContext ctx, ServiceAccountSpec sa, Optional<LiveServiceAccount> liveAccount) {
    if (sa.roleName().isPresent()) {
      return sa.roleName().get();
    }
    Optional<String> annotated =
        liveAccount
            .map(a -> a.annotations().get(ROLE_ANNOTATION))
            .filter(arn -> arn.contains(":role/"))
            .map(LiveReader::roleNameOf)
            .filter(name -> ctx.live().roles().containsKey(name));
    return annotated
        .or(() -> eksctlRole(ctx, sa))
        .orElse(ManagedNames.serviceAccountRole(ctx.cluster(), sa.namespace(), sa.name()));
  }

  /** The role eksctl's stack made for this service account, found by eksctl's tags. */
  private static Optional<String> eksctlRole(PlanContext ctx, ServiceAccountSpec sa) {
    return ctx.live().roles().values().stream()
        .filter(r -> sa.key().equals(r.tags().get(ManagedNames.EKSCTL_SERVICE_ACCOUNT_TAG)))
        .filter(r -> ctx.cluster().equals(r.tags().get(ManagedNames.EKSCTL_CLUSTER_TAG)))
        .map(LiveRole::name)
        .sorted()
        .findFirst();
  }

  /** The live side, in the same shape, limited to the labels and annotations the config sets. */
  private static ObjectNode before(
      Optional<LiveRole> liveRole,
      Optional<LiveServiceAccount> liveAccount,
      ObjectNode after,
      boolean ownRole,
      boolean roleOnly) {
    ObjectNode before = Json.object();
    before.put("namespace", after.get("namespace").asString());
    before.put("name", after.get("name").asString());
    String annotatedArn = liveAccount.map(a -> a.annotations().get(ROLE_ANNOTATION)).orElse(null);
    if (ownRole) {
      before.set(
          "role_arn",
          liveRole.<JsonNode>map(r -> Json.NODES.stringNode(r.arn())).orElse(Json.NONE));
      before.set(
          "role_name",
          liveRole.<JsonNode>map(r -> Json.NODES.stringNode(r.name())).orElse(Json.NONE));
      before.set(
          "trust_policy",
          liveRole.map(r -> TrustPolicies.parse(r.trustPolicy())).orElse(Json.NONE));
      before.set(
          "attach_policy_arns",
          liveRole.<JsonNode>map(r -> Json.strings(r.attachedPolicyArns())).orElse(Json.NONE));
      before.set("inline_policy", RolePolicies.inlineOf(liveRole));
      before.set(
          "permissions_boundary",
          liveRole.map(r -> Json.text(r.permissionsBoundary())).orElse(Json.NONE));
      Map<String, String> tags = new TreeMap<>();
      JsonNode wantedTags = after.get("role_tags");
      liveRole.ifPresent(
          r ->
              wantedTags
                  .propertyNames()
                  .forEach(
                      k -> {
                        if (r.tags().containsKey(k)) {
                          tags.put(k, r.tags().get(k));
                        }
                      }));
      before.set("role_tags", liveRole.isPresent() ? Json.map(tags) : Json.NONE);
    } else {
      before.put(
          "role_arn", annotatedArn == null ? after.get("role_arn").asString() : annotatedArn);
    }
    if (!roleOnly) {
      before.set(
          "annotations",
          subset(liveAccount.map(LiveServiceAccount::annotations), after.get("annotations")));
      before.set(
          "labels", subset(liveAccount.map(LiveServiceAccount::labels), after.get("labels")));
    }
    return before;
  }

  private static JsonNode subset(Optional<Map<String, String>> live, JsonNode wanted) {
    if (live.isEmpty()) {
      return Json.NONE;
    }
    Map<String, String> out = new TreeMap<>();
    wanted
        .propertyNames()
        .forEach(
            k -> {
              if (live.get().containsKey(k)) {
                out.put(k, live.get().get(k));
              }
            });
    return Json.map(out);
  }
}

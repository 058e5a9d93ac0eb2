package io.eksform.engine.resource.nodegroup;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.plan.Changes;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.ManagedRolePlanner;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.plan.TrustPolicies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The node role of a managed node group that asks for more than eksform's shared one ({@code
 * iam.attachPolicyARNs}, {@code attachPolicy}, {@code withAddonPolicies}, {@code instanceRoleName},
 * {@code instanceRolePermissionsBoundary}): {@code node_role.<group>}, made and kept by eksform,
 * trusted by EC2, with the shared role's three worker policies (or exactly {@code
 * attachPolicyARNs}, which replace them as in eksctl), the add-on flags' managed policies, and one
 * inline policy holding {@code attachPolicy} and the add-on statements. A group keeps the role
 * eksform made for it when it stops asking for more, so that dropping a flag changes the role, not
 * the group; a role eksctl made for the group is adopted when the config asks for one. EKS cannot
 * change a group's role, so another role replaces the group.
 */
final class NodeGroupRoles {
  /** The inline policy eksform keeps on the roles it makes (apply writes it under this name). */
  static final String INLINE_POLICY = "eksform-inline";

  private NodeGroupRoles() {}

  static ResourceAddress address(NodeGroupSpec spec) {
    return ResourceAddress.of(ResourceAddress.NODE_ROLE, spec.name());
  }

  /** True when the group runs with a role of its own that eksform keeps. */
  static boolean ownRole(PlanContext ctx, NodeGroupSpec spec) {
    return spec.instanceRoleArn().isEmpty()
        && (spec.iam().asksForOwnRole()
            || liveRole(ctx, spec).filter(r -> byEksform(r, spec)).isPresent());
  }

  static String roleName(PlanContext ctx, NodeGroupSpec spec) {
    return spec.iam()
        .instanceRoleName()
        .or(
            () ->
                liveRole(ctx, spec)
                    .filter(r -> byEksform(r, spec) || byEksctl(r, spec, ctx.cluster()))
                    .map(LiveRole::name))
        .orElse(ManagedNames.nodeGroupRole(ctx.cluster(), spec.name()));
  }

  static String roleArn(PlanContext ctx, NodeGroupSpec spec) {
    return ManagedRolePlanner.arn(ctx, roleName(ctx, spec));
  }

  /**
   * The name of the role a live group runs with when eksform made it for this group: apply deletes
   * it once a replacement leaves it unused.
   */
  static Optional<String> madeForGroup(PlanContext ctx, NodeGroupSpec spec, String nodeRoleArn) {
    return ctx.live().roleByArn(nodeRoleArn).filter(r -> byEksform(r, spec)).map(LiveRole::name);
  }

  static void plan(PlanContext ctx, NodeGroupSpec spec) {
    String name = roleName(ctx, spec);
    ObjectNode after = Json.object();
    after.put("role_name", name);
    after.put("role_arn", ManagedRolePlanner.arn(ctx, name));
    after.set("trust_policy", TrustPolicies.node());
    after.set("attach_policy_arns", Json.strings(policyArns(spec)));
    after.set("inline_policy", inlinePolicy(spec));
    after.set("permissions_boundary", Json.text(spec.iam().permissionsBoundary()));
    boolean iamSet =
        ctx.desired().fields().values().stream()
            .anyMatch(f -> f.pointer().startsWith(spec.pointer() + "/iam/"));
    String pointer = iamSet ? spec.pointer() + "/iam" : spec.pointer();
    LiveRole live = ctx.live().roles().get(name);
    if (live == null) {
      ctx.add(
          Changes.create(
              address(spec),
              after,
              "managed node group " + spec.name() + " asks for a node role of its own: " + name,
              List.of(),
              pointer));
      return;
    }
    ObjectNode before = Json.object();
    before.put("role_name", live.name());
    before.put("role_arn", live.arn());
    before.set("trust_policy", TrustPolicies.parse(live.trustPolicy()));
    before.set("attach_policy_arns", Json.strings(live.attachedPolicyArns()));
    String inline = live.inlinePolicies().get(INLINE_POLICY);
    before.set("inline_policy", inline == null ? Json.NONE : TrustPolicies.parse(inline));
    before.set("permissions_boundary", Json.text(live.permissionsBoundary()));
    ctx.add(Changes.compare(address(spec), before, after, Set.of(), "IAM", List.of(), pointer));
  }

  /** The worker policies, or exactly attachPolicyARNs, and the add-on flags' managed policies. */
  static List<String> policyArns(NodeGroupSpec spec) {
    Set<String> out =
        new TreeSet<>(
            spec.iam().attachPolicyArns().isEmpty()
                ? TrustPolicies.NODE_POLICY_ARNS
                : spec.iam().attachPolicyArns());
    out.addAll(NodeAddonPolicies.managedArns(spec.iam().addonPolicies()));
    return List.copyOf(out);
  }

  /**
   * attachPolicy as written when it is all, else one document with its statements and the add-on
   * flags' statements; null when there is neither.
   */
  static JsonNode inlinePolicy(NodeGroupSpec spec) {
    List<JsonNode> addons = NodeAddonPolicies.statements(spec.iam().addonPolicies());
    Optional<JsonNode> own = spec.iam().attachPolicy().map(TrustPolicies::parse);
    if (addons.isEmpty()) {
      return own.orElse(Json.NONE);
    }
    List<JsonNode> statements = new ArrayList<>();
    own.ifPresent(
        doc -> {
          JsonNode s = doc.path("Statement");
          if (s.isArray()) {
            s.forEach(statements::add);
          } else if (s.isObject()) {
            statements.add(s);
          }
        });
    statements.addAll(addons);
    ObjectNode doc = Json.object();
    doc.put("Version", "2012-10-17");
    ArrayNode list = doc.putArray("Statement");
    statements.forEach(list::add);
    return TrustPolicies.normalise(doc);
  }

  private static Optional<LiveRole> liveRole(PlanContext ctx, NodeGroupSpec spec) {
    return NodeGroupPlanner.live(ctx, spec).flatMap(ng -> ctx.live().roleByArn(ng.nodeRole()));
  }

  private static boolean byEksform(LiveRole role, NodeGroupSpec spec) {
    return "eksform".equals(role.tags().get(ManagedNames.TAG_MANAGED_BY))
        && address(spec).toString().equals(role.tags().get(ManagedNames.TAG_RESOURCE));
  }

  private static boolean byEksctl(LiveRole role, NodeGroupSpec spec, String cluster) {
    return cluster.equals(role.tags().get(ManagedNames.EKSCTL_CLUSTER_TAG))
        && spec.name().equals(role.tags().get(ManagedNames.EKSCTL_NODEGROUP_TAG));
  }
}

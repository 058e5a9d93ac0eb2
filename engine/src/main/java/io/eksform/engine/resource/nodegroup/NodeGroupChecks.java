package io.eksform.engine.resource.nodegroup;

import io.eksform.engine.config.JsonPointers;
import io.eksform.engine.desired.ConfigField;
import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.desired.NodeRepairSpec;
import io.eksform.engine.live.LiveLaunchTemplate;
import io.eksform.engine.plan.PlanContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What eksctl and EKS refuse in a managed node group's zones, node IAM, launch template and node
 * repair settings, found before anything is planned for the group: each is an error at the field's
 * line that names the field it conflicts with, in eksctl's words where eksctl has them.
 */
final class NodeGroupChecks {
  /** The repair actions EKS accepts in {@code nodeRepairConfigOverrides}. */
  static final Set<String> REPAIR_ACTIONS = Set.of("Replace", "Reboot", "NoAction");

  /** A field eksctl refuses beside a launch template, and which values of it count as set. */
  private record Conflict(String field, Predicate<String> set) {}

  private static final Predicate<String> ANY = v -> true;

  /** IAM's limit on a role's inline policies together, in characters without white space. */
  static final int INLINE_POLICY_LIMIT = 10_240;

  private static final List<Conflict> WITH_LAUNCH_TEMPLATE =
      List.of(
          new Conflict("instanceType", ANY),
          new Conflict("ami", ANY),
          new Conflict("ssh/allow", "true"::equals),
          new Conflict("ssh/enableSsm", "true"::equals),
          new Conflict("ssh/sourceSecurityGroupIds", ANY),
          new Conflict("securityGroups/attachIDs", ANY),
          new Conflict("volumeSize", ANY),
          new Conflict("instanceName", ANY),
          new Conflict("instancePrefix", ANY),
          new Conflict("maxPodsPerNode", v -> !v.equals("0")),
          new Conflict("disableIMDSv1", "false"::equals),
          new Conflict("disablePodIMDS", "true"::equals),
          new Conflict("preBootstrapCommands", ANY),
          new Conflict("overrideBootstrapCommand", ANY),
          new Conflict("placement", ANY));

  private NodeGroupChecks() {}

  /** True when the group has none of these problems (each one found is added to the plan). */
  static boolean check(PlanContext ctx, NodeGroupSpec spec) {
    int before = ctx.problems().size();
    zones(ctx, spec);
    unsupported(ctx, spec);
    iam(ctx, spec);
    spec.launchTemplate().ifPresent(t -> launchTemplate(ctx, spec, t));
    spec.nodeRepair().ifPresent(r -> nodeRepair(ctx, spec, r));
    return ctx.problems().size() == before;
  }

  private static void zones(PlanContext ctx, NodeGroupSpec spec) {
    if (!spec.availabilityZones().isEmpty() && !spec.subnets().isEmpty()) {
      ctx.error(
          "only one of subnets or availabilityZones should be set (subnets at line "
              + line(ctx, spec.pointer() + "/subnets")
              + ")",
          spec.pointer() + "/availabilityZones",
          "keep subnets to name them, or availabilityZones to take the cluster's subnets there");
    }
  }

  /** What eksctl refuses for every managed node group. */
  private static void unsupported(PlanContext ctx, NodeGroupSpec spec) {
    setUnder(ctx, spec.pointer() + "/outpostARN", ANY)
        .ifPresent(
            at ->
                ctx.error(
                    "Outposts is not supported for managed nodegroups",
                    at,
                    "remove outpostARN: on Outposts, use a self-managed node group (nodeGroups)"));
    for (String flag : List.of("withLocal", "withShared")) {
      setUnder(ctx, spec.pointer() + "/securityGroups/" + flag, "true"::equals)
          .ifPresent(
              at ->
                  ctx.error(
                      "securityGroups.withLocal and securityGroups.withShared are not supported"
                          + " for managed nodegroups",
                      at,
                      "remove it: EKS gives managed nodes the cluster security group"));
    }
  }

  private static void iam(PlanContext ctx, NodeGroupSpec spec) {
    String iam = spec.pointer() + "/iam";
    spec.iam()
        .instanceProfileArn()
        .ifPresent(
            arn ->
                ctx.error(
                    "instanceProfileARN is not supported for Managed Nodes",
                    iam + "/instanceProfileARN",
                    "EKS makes the instance profile of a managed node group from its role: name the"
                        + " role with iam.instanceRoleARN, or leave both out for eksform's"));
    if (spec.instanceRoleArn().isPresent()) {
      for (String field :
          List.of(
              "instanceRoleName",
              "attachPolicy",
              "attachPolicyARNs",
              "instanceRolePermissionsBoundary",
              "withAddonPolicies")) {
        String under = iam + "/" + field;
        boolean flags = field.equals("withAddonPolicies");
        setUnder(ctx, under, flags ? "true"::equals : ANY)
            .map(leaf -> flags ? leaf : under)
            .ifPresent(
                at ->
                    ctx.error(
                        "iam.instanceRoleARN and "
                            + JsonPointers.toPath(at.substring(spec.pointer().length()))
                            + " (line "
                            + line(ctx, at)
                            + ") cannot be set at the same time",
                        iam + "/instanceRoleARN",
                        "an existing role (instanceRoleARN) is used as it is; remove one of them:"
                            + " without instanceRoleARN, eksform makes the group's role"));
      }
    }
    if (spec.iam()
        .addonPolicies()
        .containsAll(List.of("albIngress", "awsLoadBalancerController"))) {
      ctx.error(
          "\"awsLoadBalancerController\" and \"albIngress\" cannot both be configured",
          iam + "/withAddonPolicies/albIngress",
          "albIngress is the old name of awsLoadBalancerController: keep only the latter");
    }
    int size = NodeGroupRoles.inlinePolicy(spec).toString().length();
    if (size > INLINE_POLICY_LIMIT) {
      ctx.error(
          "the node role of "
              + spec.name()
              + " would hold "
              + size
              + " characters of inline policy (attachPolicy and the add-on flags), and IAM allows"
              + " "
              + INLINE_POLICY_LIMIT
              + " for a role",
          iam,
          "move statements of attachPolicy into a managed policy named in attachPolicyARNs");
    }
    List<String> arns = spec.iam().attachPolicyArns();
    for (int i = 0; i < arns.size(); i++) {
      if (!arns.get(i).matches("arn:[^:]+:iam::[^:]*:policy/.+")) {
        ctx.error(
            "invalid ARN \"" + arns.get(i) + "\" in iam.attachPolicyARNs",
            iam + "/attachPolicyARNs/" + i,
            "a managed policy ARN looks like arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy");
      }
    }
  }

  private static void launchTemplate(
      PlanContext ctx, NodeGroupSpec spec, NodeGroupSpec.LaunchTemplateRef t) {
    String lt = spec.pointer() + "/launchTemplate";
    int line = line(ctx, lt + "/id");
    for (Conflict c : WITH_LAUNCH_TEMPLATE) {
      String field = spec.pointer() + "/" + c.field();
      setUnder(ctx, field, c.set())
          .map(leaf -> field)
          .ifPresent(
              at ->
                  ctx.error(
                      "cannot set "
                          + JsonPointers.toPath("/" + c.field())
                          + " in managedNodeGroup when a launch template is supplied"
                          + " (launchTemplate.id"
                          + (line > 0 ? " at line " + line : "")
                          + "), as eksctl requires",
                      at,
                      "set it in launch template " + t.id() + ", or remove launchTemplate"));
    }
    if (t.version().isPresent()) {
      long number;
      try {
        number = Long.parseLong(t.version().get());
      } catch (NumberFormatException e) {
        ctx.error(
            "invalid launch template version \"" + t.version().get() + "\": a version number",
            lt + "/version",
            "write the version number, such as \"2\"; leave version out for the default version");
        return;
      }
      if (number < 1) {
        ctx.error(
            "launchTemplate.version must be >= 1",
            lt + "/version",
            "versions of a launch template start at 1");
        return;
      }
    }
    Optional<LiveLaunchTemplate> live = ctx.live().launchTemplate(t.id());
    if (live.isEmpty()) {
      ctx.error(
          "launch template " + t.id() + " does not exist in " + ctx.live().region(),
          lt + "/id",
          "create it first, or fix the id (aws ec2 describe-launch-templates)");
      return;
    }
    Optional<LiveLaunchTemplate.Version> version = live.get().version(t.version());
    if (version.isEmpty()) {
      ctx.error(
          "launch template " + t.id() + " has no version " + t.version().orElse("(default)"),
          lt + "/version",
          "its default version is " + live.get().defaultVersion());
      return;
    }
    templateData(ctx, spec, t, version.get());
  }

  /** eksctl's rules for the template's own data, which decide what EKS is asked for. */
  private static void templateData(
      PlanContext ctx,
      NodeGroupSpec spec,
      NodeGroupSpec.LaunchTemplateRef t,
      LiveLaunchTemplate.Version v) {
    String lt = spec.pointer() + "/launchTemplate";
    if (v.instanceType().isEmpty() && spec.instanceTypes().isEmpty()) {
      ctx.error(
          "instance type must be set in the launch template if managedNodeGroup.instanceTypes is"
              + " not specified",
          lt + "/id",
          "add instanceTypes, or an instance type to version " + v.number() + " of " + t.id());
    }
    if (v.instanceType().isPresent() && !spec.instanceTypes().isEmpty()) {
      ctx.error(
          "instance type must not be set in the launch template if managedNodeGroup.instanceTypes"
              + " is specified (version "
              + v.number()
              + " of "
              + t.id()
              + " sets "
              + v.instanceType().get()
              + ")",
          spec.pointer() + "/instanceTypes",
          "remove instanceTypes, or the instance type from the template");
    }
    if (v.instanceProfile()) {
      ctx.error(
          "IAM instance profile must not be set in the launch template (version "
              + v.number()
              + " of "
              + t.id()
              + ")",
          lt + "/id",
          "EKS makes the instance profile from the node group's role; remove it from the template");
    }
    if (v.imageId().isPresent()) {
      if (!v.userData()) {
        ctx.error(
            "node bootstrapping script (UserData) must be set when using a custom AMI ("
                + v.imageId().get()
                + " in version "
                + v.number()
                + " of "
                + t.id()
                + ")",
            lt + "/id",
            "add user data that joins the node to the cluster to the template");
      }
      if (spec.releaseVersion().isPresent()) {
        ctx.error(
            "cannot set managedNodeGroup.releaseVersion when the launch template sets an ImageId"
                + " (a custom AMI)",
            spec.pointer() + "/releaseVersion",
            "remove releaseVersion: the template's AMI decides the release");
      }
    }
  }

  private static void nodeRepair(PlanContext ctx, NodeGroupSpec spec, NodeRepairSpec r) {
    String at = spec.pointer() + "/nodeRepairConfig";
    exclusive(
        ctx,
        at,
        r.maxUnhealthyNodeThresholdCount(),
        r.maxUnhealthyNodeThresholdPercentage(),
        "maxUnhealthyNodeThresholdCount",
        "maxUnhealthyNodeThresholdPercentage");
    exclusive(
        ctx,
        at,
        r.maxParallelNodesRepairedCount(),
        r.maxParallelNodesRepairedPercentage(),
        "maxParallelNodesRepairedCount",
        "maxParallelNodesRepairedPercentage");
    atLeastOne(ctx, at + "/maxUnhealthyNodeThresholdCount", r.maxUnhealthyNodeThresholdCount());
    atLeastOne(ctx, at + "/maxParallelNodesRepairedCount", r.maxParallelNodesRepairedCount());
    percentage(
        ctx, at + "/maxUnhealthyNodeThresholdPercentage", r.maxUnhealthyNodeThresholdPercentage());
    percentage(
        ctx, at + "/maxParallelNodesRepairedPercentage", r.maxParallelNodesRepairedPercentage());
    for (int i = 0; i < r.overrides().size(); i++) {
      NodeRepairSpec.Override o = r.overrides().get(i);
      String item = at + "/nodeRepairConfigOverrides/" + i;
      if (o.nodeMonitoringCondition().isEmpty()
          || o.nodeUnhealthyReason().isEmpty()
          || o.minRepairWaitTimeMins().isEmpty()
          || o.repairAction().isEmpty()) {
        ctx.error(
            "a node repair override needs all of nodeMonitoringCondition, nodeUnhealthyReason,"
                + " minRepairWaitTimeMins and repairAction, as EKS requires",
            item,
            "add the missing ones");
        continue;
      }
      atLeastOne(ctx, item + "/minRepairWaitTimeMins", o.minRepairWaitTimeMins());
      if (!REPAIR_ACTIONS.contains(o.repairAction())) {
        ctx.error(
            "repairAction \"" + o.repairAction() + "\" is not one EKS accepts",
            item + "/repairAction",
            "use Replace, Reboot or NoAction (eksctl's examples write Terminate and Restart,"
                + " which EKS refuses)");
      }
    }
  }

  private static void exclusive(
      PlanContext ctx,
      String at,
      Optional<Integer> count,
      Optional<Integer> percentage,
      String countName,
      String percentageName) {
    if (count.isPresent() && percentage.isPresent()) {
      ctx.error(
          "only one of " + countName + " and " + percentageName + " can be set, as EKS requires",
          at,
          "keep the count or the percentage");
    }
  }

  private static void atLeastOne(PlanContext ctx, String at, Optional<Integer> value) {
    if (value.isPresent() && value.get() < 1) {
      ctx.error(
          JsonPointers.last(at) + " must be at least 1, as EKS requires", at, "use 1 or more");
    }
  }

  private static void percentage(PlanContext ctx, String at, Optional<Integer> value) {
    if (value.isPresent() && (value.get() < 1 || value.get() > 100)) {
      ctx.error(
          JsonPointers.last(at) + " must be within the range 1 and 100, as EKS requires",
          at,
          "use a percentage from 1 to 100");
    }
  }

  /** The pointer of the first value set at or under {@code pointer} whose value counts. */
  private static Optional<String> setUnder(
      PlanContext ctx, String pointer, Predicate<String> counts) {
    for (ConfigField f : ctx.desired().fields().values()) {
      if ((f.pointer().equals(pointer) || f.pointer().startsWith(pointer + "/"))
          && counts.test(f.value())) {
        return Optional.of(f.pointer());
      }
    }
    return Optional.empty();
  }

  private static int line(PlanContext ctx, String pointer) {
    var p = ctx.desired().fields().position(pointer);
    return p.known() ? p.line() : 0;
  }
}

package io.eksform.engine.resource.nodegroup;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.live.LiveLaunchTemplate;
import io.eksform.engine.live.LiveNodeGroup;
import io.eksform.engine.live.LiveSubnet;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Changes;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.Makers;
import io.eksform.engine.plan.ManagedRolePlanner;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.PlannedSubnets;
import io.eksform.engine.plan.Pruning;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.plan.StandIns;
import io.eksform.engine.plan.TrustPolicies;
import io.eksform.engine.plan.Unknown;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Managed node groups. Scaling, labels, taints, the update configuration, node repair, the
 * Kubernetes version, the AMI release, the launch template version and tags change in place;
 * instance types, AMI type, capacity type, disk size, subnets and zones, the launch template and
 * the node role force a replacement, with the field named. Only what the config sets is compared.
 */
final class NodeGroupPlanner {
  private static final Set<String> IMMUTABLE =
      Set.of(
          "instance_types",
          "ami_type",
          "capacity_type",
          "disk_size",
          "subnets",
          "availability_zones",
          "node_role",
          "launch_template_id");

  /** eksctl's defaults for a new managed node group. */
  static final String DEFAULT_INSTANCE_TYPE = "m5.large";

  static final int DEFAULT_VOLUME_SIZE = 80;
  static final int DEFAULT_SIZE = 2;

  private NodeGroupPlanner() {}

  static boolean nodeRoleNeeded(PlanContext ctx) {
    return ctx.desired().managedNodeGroups().stream()
        .anyMatch(
            ng ->
                ng.instanceRoleArn().isEmpty()
                    && live(ctx, ng).isEmpty()
                    && !NodeGroupRoles.ownRole(ctx, ng));
  }

  /**
   * The live node group that stands for {@code spec}: the one of its name, else one a
   * create-before-destroy replacement made under a suffixed name (found by eksform's resource tag).
   */
  static Optional<LiveNodeGroup> live(PlanContext ctx, NodeGroupSpec spec) {
    return candidates(ctx, spec).stream().findFirst();
  }

  /** The live node groups that stand for {@code spec}, the one of its name first. */
  private static List<LiveNodeGroup> candidates(PlanContext ctx, NodeGroupSpec spec) {
    return ctx.live().nodeGroups().stream()
        .filter(ng -> !"DELETING".equals(ng.status()) && standsFor(ng, spec))
        .sorted(
            Comparator.comparing((LiveNodeGroup ng) -> !ng.name().equals(spec.name()))
                .thenComparing(LiveNodeGroup::name))
        .toList();
  }

  /** The address of a live node group: the desired group it stands for, else its own name. */
  static ResourceAddress addressOf(PlanContext ctx, LiveNodeGroup live) {
    return ResourceAddress.of(
        ResourceAddress.NODEGROUP,
        ctx.desired().managedNodeGroups().stream()
            .filter(s -> standsFor(live, s))
            .map(NodeGroupSpec::name)
            .findFirst()
            .orElse(live.name()));
  }

  private static boolean standsFor(LiveNodeGroup live, NodeGroupSpec spec) {
    return live.name().equals(spec.name())
        || (ResourceAddress.NODEGROUP + "." + spec.name())
            .equals(live.tags().get(ManagedNames.TAG_RESOURCE));
  }

  static void plan(PlanContext ctx) {
    if (nodeRoleNeeded(ctx)) {
      nodeRole(ctx);
    }
    for (NodeGroupSpec spec : ctx.desired().managedNodeGroups()) {
      plan(ctx, spec);
    }
    for (LiveNodeGroup live : ctx.live().nodeGroups()) {
      boolean named = ctx.desired().managedNodeGroups().stream().anyMatch(s -> standsFor(live, s));
      if (!named && !"DELETING".equals(live.status())) {
        Pruning.unmatched(
            ctx,
            ResourceAddress.of(ResourceAddress.NODEGROUP, live.name()),
            live.tags(),
            Json.NONE);
      }
    }
  }

  private static void plan(PlanContext ctx, NodeGroupSpec spec) {
    if (ctx.desired().fields().value(spec.pointer() + "/instanceType").isPresent()
        && ctx.desired().fields().value(spec.pointer() + "/instanceTypes/0").isPresent()) {
      ctx.error(
          "only one of instanceType or instanceTypes can be set in managed node group "
              + spec.name()
              + ", as eksctl requires; instanceType would be ignored",
          spec.pointer() + "/instanceType",
          "move the instance type into instanceTypes");
      return;
    }
    if (!NodeGroupChecks.check(ctx, spec)) {
      return;
    }
    namedSubnets(ctx, spec);
    boolean ownRole = NodeGroupRoles.ownRole(ctx, spec);
    if (ownRole) {
      NodeGroupRoles.plan(ctx, spec);
    }
    ResourceAddress address = ResourceAddress.of(ResourceAddress.NODEGROUP, spec.name());
    Optional<LiveNodeGroup> live = live(ctx, spec);
    if (live.isEmpty()) {
      ObjectNode after = creation(ctx, spec);
      List<ResourceAddress> deps = new ArrayList<>();
      if (ownRole) {
        deps.add(NodeGroupRoles.address(spec));
      } else if (spec.instanceRoleArn().isEmpty()) {
        deps.add(ResourceAddress.of(ResourceAddress.NODE_ROLE));
      }
      ctx.add(
          Changes.create(
              address,
              after,
              "no managed node group " + spec.name() + " on the cluster",
              deps,
              spec.pointer()));
      return;
    }
    List<ResourceAddress> deps =
        ownRole ? List.of(NodeGroupRoles.address(spec)) : List.<ResourceAddress>of();
    List<LiveNodeGroup> standing = candidates(ctx, spec);
    List<StandIns.Candidate> compared =
        standing.stream()
            .map(ng -> new StandIns.Candidate(ng.name(), compare(ctx, spec, ng, deps)))
            .toList();
    List<Change> changes = StandIns.plan(ctx, address, spec.name(), compared);
    Change kept = changes.get(0);
    if (kept.action() == Action.NO_OP || kept.action() == Action.UPDATE) {
      String liveName = kept.before().path("name").asString("");
      standing.stream()
          .filter(g -> g.name().equals(liveName))
          .findFirst()
          .ifPresent(g -> ctx.adopt(address, Makers.ofTags(g.tags())));
    }
    changes.forEach(ctx::add);
  }

  private static Change compare(
      PlanContext ctx, NodeGroupSpec spec, LiveNodeGroup ng, List<ResourceAddress> deps) {
    ResourceAddress address = ResourceAddress.of(ResourceAddress.NODEGROUP, spec.name());
    ObjectNode before = Json.object();
    ObjectNode after = Json.object();
    // The live name (a replacement's is suffixed): steps act on it; not compared, as after has
    // none.
    before.put("name", ng.name());
    if (!spec.instanceTypes().isEmpty()) {
      before.set("instance_types", Json.strings(ng.instanceTypes()));
      after.set("instance_types", Json.strings(spec.instanceTypes()));
    }
    spec.amiFamily()
        .filter(f -> !customAmi(ctx, spec))
        .flatMap(f -> amiType(f, instanceTypesForAmi(ctx, spec)))
        .ifPresent(
            t -> {
              before.put("ami_type", ng.amiType());
              after.put("ami_type", t);
            });
    before.put("capacity_type", ng.capacityType());
    after.put(
        "capacity_type",
        spec.spot() ? "SPOT" : ng.capacityType().equals("SPOT") ? "ON_DEMAND" : ng.capacityType());
    spec.volumeSize()
        .ifPresent(
            v -> {
              before.set("disk_size", Json.number(ng.diskSize()));
              after.put("disk_size", v);
            });
    if (!spec.subnets().isEmpty()) {
      before.set("subnets", Json.strings(ng.subnets()));
      after.set("subnets", Json.strings(spec.subnets()));
    } else if (!privacyMatches(ctx, ng.subnets(), spec.privateNetworking())) {
      // privateNetworking picks the default subnets: a group in the other kind moves.
      before.set("subnets", Json.strings(ng.subnets()));
      after.set("subnets", Json.strings(groupSubnets(ctx, spec)));
    }
    if (!spec.availabilityZones().isEmpty()) {
      // Zones, not subnets, are compared: a subnet the cluster gains in a zone moves nothing.
      before.set("availability_zones", Json.strings(NodeGroupZones.zonesOf(ctx, ng.subnets())));
      after.set("availability_zones", Json.strings(NodeGroupZones.wanted(spec)));
    }
    // A role eksform made for this group alone: named in before, so that a replacement that
    // leaves it unused deletes it (the ARN is what is compared).
    Optional<String> ownRoleName = NodeGroupRoles.madeForGroup(ctx, spec, ng.nodeRole());
    ownRoleName.ifPresent(r -> before.put("role_name", r));
    if (spec.instanceRoleArn().isPresent()) {
      before.put("node_role", ng.nodeRole());
      after.put("node_role", spec.instanceRoleArn().get());
    } else if (NodeGroupRoles.ownRole(ctx, spec)) {
      before.put("node_role", ng.nodeRole());
      after.put("node_role", NodeGroupRoles.roleArn(ctx, spec));
    }
    spec.launchTemplate()
        .ifPresent(
            t -> {
              before.set(
                  "launch_template_id",
                  Json.text(ng.launchTemplate().map(LiveNodeGroup.LaunchTemplate::id)));
              after.put("launch_template_id", t.id());
              t.version()
                  .ifPresent(
                      v -> {
                        before.set(
                            "launch_template_version",
                            Json.text(
                                ng.launchTemplate().map(LiveNodeGroup.LaunchTemplate::version)));
                        after.put("launch_template_version", v);
                      });
            });
    spec.releaseVersion()
        .ifPresent(
            v -> {
              before.put("release_version", ng.releaseVersion());
              after.put("release_version", v);
              NodeGroupReleases.checkNotOlder(ctx, spec, ng.releaseVersion(), v);
            });
    spec.nodeRepair()
        .ifPresent(
            r -> {
              before.set("node_repair", NodeRepairJson.of(ng.nodeRepair(), r));
              after.set("node_repair", NodeRepairJson.of(Optional.of(r), r));
            });
    ObjectNode scalingBefore = before.putObject("scaling");
    ObjectNode scalingAfter = after.putObject("scaling");
    spec.minSize()
        .ifPresent(
            v -> {
              scalingBefore.put("min", ng.minSize());
              scalingAfter.put("min", v);
            });
    spec.maxSize()
        .ifPresent(
            v -> {
              scalingBefore.put("max", ng.maxSize());
              scalingAfter.put("max", v);
            });
    spec.desiredCapacity()
        .ifPresent(
            v -> {
              scalingBefore.put("desired", ng.desiredSize());
              scalingAfter.put("desired", v);
            });
    if (!spec.labels().isEmpty()) {
      before.set("labels", Json.map(Json.subset(ng.labels(), spec.labels().keySet())));
      after.set("labels", Json.map(spec.labels()));
    }
    if (!spec.taints().isEmpty()) {
      before.set("taints", taints(ng.taints()));
      after.set("taints", taints(spec.taints()));
    }
    if (!spec.tags().isEmpty()) {
      before.set("tags", Json.map(Json.subset(ng.tags(), spec.tags().keySet())));
      after.set("tags", Json.map(spec.tags()));
    }
    spec.maxUnavailable()
        .ifPresent(
            v -> {
              before.set("max_unavailable", Json.number(ng.maxUnavailable()));
              after.put("max_unavailable", v);
            });
    spec.maxUnavailablePercentage()
        .ifPresent(
            v -> {
              before.set("max_unavailable_percentage", Json.number(ng.maxUnavailablePercentage()));
              after.put("max_unavailable_percentage", v);
            });
    spec.version()
        .ifPresent(
            v -> {
              before.put("version", ng.version());
              after.put("version", v);
            });
    Change compared =
        Changes.compare(
            address, before, after, IMMUTABLE, "a managed node group", deps, spec.pointer());
    if (compared.action() != Action.REPLACE) {
      return compared;
    }
    // A replacement creates a whole new group: after is all of it, as for a creation.
    ObjectNode whole = creation(ctx, spec);
    List<String> reasons = new ArrayList<>(compared.reasons());
    ownRoleName
        .filter(r -> !r.equals(whole.path("role_name").asString("")))
        .ifPresent(
            r ->
                reasons.add(
                    "IAM role "
                        + r
                        + ", which eksform made for this group, is deleted once the old group is"
                        + " gone"));
    return new Change(
        address,
        Action.REPLACE,
        before,
        whole,
        compared.attributes(),
        reasons,
        compared.dependsOn(),
        spec.pointer());
  }

  private static ObjectNode creation(PlanContext ctx, NodeGroupSpec spec) {
    ObjectNode after = Json.object();
    boolean template = spec.launchTemplate().isPresent();
    // With a launch template, the template holds the instance type unless the config names one,
    // and a custom AMI in it leaves the AMI type to EKS; the disk is the template's.
    if (!template || !spec.instanceTypes().isEmpty()) {
      List<String> types =
          spec.instanceTypes().isEmpty() ? List.of(DEFAULT_INSTANCE_TYPE) : spec.instanceTypes();
      after.set("instance_types", Json.strings(types));
    }
    if (!customAmi(ctx, spec)) {
      after.put(
          "ami_type",
          amiType(spec.amiFamily().orElse("AmazonLinux2023"), instanceTypesForAmi(ctx, spec))
              .orElse("AL2023_x86_64_STANDARD"));
    }
    after.put("capacity_type", spec.spot() ? "SPOT" : "ON_DEMAND");
    if (!template) {
      after.put("disk_size", spec.volumeSize().orElse(DEFAULT_VOLUME_SIZE));
    }
    if (spec.subnets().isEmpty() && PlannedSubnets.planned(ctx)) {
      // The network is made in the same apply: the step finds the group's subnets by their tags.
      NodeGroupZones.checkPlanned(ctx, spec);
      after.set("subnets", Unknown.node());
      after.put("subnet_kind", spec.privateNetworking() ? "private" : "public");
    } else {
      after.set(
          "subnets",
          Json.strings(spec.subnets().isEmpty() ? groupSubnets(ctx, spec) : spec.subnets()));
    }
    if (!spec.availabilityZones().isEmpty()) {
      after.set("availability_zones", Json.strings(NodeGroupZones.wanted(spec)));
    }
    if (spec.instanceRoleArn().isEmpty() && NodeGroupRoles.ownRole(ctx, spec)) {
      after.put("node_role", NodeGroupRoles.roleArn(ctx, spec));
      after.put("role_name", NodeGroupRoles.roleName(ctx, spec));
    } else {
      after.put("node_role", spec.instanceRoleArn().orElse(nodeRoleArn(ctx)));
    }
    spec.launchTemplate()
        .ifPresent(
            t -> {
              after.put("launch_template_id", t.id());
              t.version().ifPresent(v -> after.put("launch_template_version", v));
            });
    spec.releaseVersion().ifPresent(v -> after.put("release_version", v));
    spec.nodeRepair()
        .ifPresent(r -> after.set("node_repair", NodeRepairJson.of(Optional.of(r), r)));
    int desired = spec.desiredCapacity().orElse(spec.minSize().orElse(DEFAULT_SIZE));
    ObjectNode scaling = after.putObject("scaling");
    scaling.put("min", spec.minSize().orElse(desired));
    scaling.put("max", spec.maxSize().orElse(Math.max(desired, spec.minSize().orElse(desired))));
    scaling.put("desired", desired);
    after.set("labels", Json.map(spec.labels()));
    after.set("taints", taints(spec.taints()));
    after.set("tags", Json.map(spec.tags()));
    spec.maxUnavailable().ifPresent(v -> after.put("max_unavailable", v));
    spec.maxUnavailablePercentage().ifPresent(v -> after.put("max_unavailable_percentage", v));
    after.put(
        "version",
        spec.version()
            .orElse(
                ctx.live().cluster().exists()
                    ? ctx.live().cluster().version()
                    : ctx.desired().createdVersion()));
    return after;
  }

  /** True when every subnet known among {@code ids} is private as asked (public when not). */
  private static boolean privacyMatches(PlanContext ctx, List<String> ids, boolean wantPrivate) {
    return ctx.live().subnets().stream()
        .filter(s -> ids.contains(s.id()))
        .allMatch(s -> s.isPrivate() == wantPrivate);
  }

  /**
   * With subnets named, privateNetworking picks none: it is checked (a public subnet for a private
   * group is an error) and named as having no other effect.
   */
  private static void namedSubnets(PlanContext ctx, NodeGroupSpec spec) {
    String pointer = spec.pointer() + "/privateNetworking";
    if (spec.subnets().isEmpty() || ctx.desired().fields().value(pointer).isEmpty()) {
      return;
    }
    if (spec.privateNetworking()) {
      for (LiveSubnet s : ctx.live().subnets()) {
        if (spec.subnets().contains(s.id()) && !s.isPrivate()) {
          ctx.error(
              "node group "
                  + spec.name()
                  + " asks for privateNetworking, and its subnet "
                  + s.id()
                  + " is public (its route table sends traffic to an internet gateway)",
              pointer,
              "name private subnets, or set privateNetworking to false");
        }
      }
    }
    ctx.notActedOn(
        pointer,
        io.eksform.engine.ledger.Disposition.VALIDATED_ONLY,
        "the node group's subnets are named, so privateNetworking picks none; it is checked"
            + " against them");
  }

  /** The subnets a group without named ones gets: those of its zones, else all of its kind. */
  private static List<String> groupSubnets(PlanContext ctx, NodeGroupSpec spec) {
    return spec.availabilityZones().isEmpty()
        ? defaultSubnets(ctx, spec)
        : NodeGroupZones.subnets(ctx, spec);
  }

  /** True when the group's launch template version names its own AMI (an ImageId). */
  private static boolean customAmi(PlanContext ctx, NodeGroupSpec spec) {
    return templateVersion(ctx, spec).flatMap(LiveLaunchTemplate.Version::imageId).isPresent();
  }

  /** The instance types that decide the AMI's architecture: the config's, else the template's. */
  private static List<String> instanceTypesForAmi(PlanContext ctx, NodeGroupSpec spec) {
    if (!spec.instanceTypes().isEmpty()) {
      return spec.instanceTypes();
    }
    return templateVersion(ctx, spec)
        .flatMap(LiveLaunchTemplate.Version::instanceType)
        .map(List::of)
        .orElse(spec.launchTemplate().isPresent() ? List.of() : List.of(DEFAULT_INSTANCE_TYPE));
  }

  private static Optional<LiveLaunchTemplate.Version> templateVersion(
      PlanContext ctx, NodeGroupSpec spec) {
    return spec.launchTemplate()
        .flatMap(t -> ctx.live().launchTemplate(t.id()).flatMap(l -> l.version(t.version())));
  }

  private static List<String> defaultSubnets(PlanContext ctx, NodeGroupSpec spec) {
    List<String> out = new ArrayList<>();
    for (LiveSubnet s : ctx.live().subnets()) {
      if (ctx.live().cluster().subnetIds().contains(s.id())
          && s.isPrivate() == spec.privateNetworking()) {
        out.add(s.id());
      }
    }
    if (out.isEmpty()) {
      ctx.error(
          "node group "
              + spec.name()
              + " needs "
              + (spec.privateNetworking() ? "private" : "public")
              + " subnets and the cluster has none",
          spec.pointer(),
          "name subnets in managedNodeGroups[].subnets");
    }
    return out;
  }

  private static String nodeRoleArn(PlanContext ctx) {
    return ManagedRolePlanner.arn(ctx, ManagedNames.nodeRole(ctx.cluster()));
  }

  private static void nodeRole(PlanContext ctx) {
    ManagedRolePlanner.plan(
        ctx,
        ResourceAddress.of(ResourceAddress.NODE_ROLE),
        ManagedNames.nodeRole(ctx.cluster()),
        TrustPolicies.node(),
        TrustPolicies.NODE_POLICY_ARNS,
        "new managed node groups without iam.instanceRoleARN need a node role",
        "/managedNodeGroups");
  }

  /** eksctl's amiFamily as an EKS AMI type, by the instance architecture. */
  static Optional<String> amiType(String family, List<String> instanceTypes) {
    boolean arm =
        !instanceTypes.isEmpty()
            && instanceTypes.stream().allMatch(t -> t.matches("^[a-z]+\\d+g[a-z]*\\..*"));
    return switch (family) {
      case "AmazonLinux2023" ->
          Optional.of(arm ? "AL2023_ARM_64_STANDARD" : "AL2023_x86_64_STANDARD");
      case "AmazonLinux2" -> Optional.of(arm ? "AL2_ARM_64" : "AL2_x86_64");
      case "Bottlerocket" -> Optional.of(arm ? "BOTTLEROCKET_ARM_64" : "BOTTLEROCKET_x86_64");
      case "WindowsServer2019FullContainer" -> Optional.of("WINDOWS_FULL_2019_x86_64");
      case "WindowsServer2019CoreContainer" -> Optional.of("WINDOWS_CORE_2019_x86_64");
      case "WindowsServer2022FullContainer" -> Optional.of("WINDOWS_FULL_2022_x86_64");
      case "WindowsServer2022CoreContainer" -> Optional.of("WINDOWS_CORE_2022_x86_64");
      default -> Optional.of("CUSTOM");
    };
  }

  private static ArrayNode taints(List<NodeGroupSpec.Taint> taints) {
    ArrayNode out = Json.NODES.arrayNode();
    taints.stream()
        .sorted()
        .forEach(
            t -> {
              ObjectNode o = out.addObject();
              o.put("key", t.key());
              o.put("value", t.value());
              o.put("effect", t.effect());
            });
    return out;
  }
}

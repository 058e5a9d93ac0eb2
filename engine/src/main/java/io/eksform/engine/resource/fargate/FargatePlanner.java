package io.eksform.engine.resource.fargate;

import io.eksform.engine.desired.FargateProfileSpec;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.desired.Selector;
import io.eksform.engine.live.LiveFargateProfile;
import io.eksform.engine.live.LiveSubnet;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Changes;
import io.eksform.engine.plan.Diff;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.Makers;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.PlannedSubnets;
import io.eksform.engine.plan.Pruning;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.plan.StandIns;
import io.eksform.engine.plan.Unknown;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fargate profiles. EKS cannot change a profile except its tags, so any other difference is a
 * replacement, with the attribute named. Subnets default to the cluster's private subnets; a subnet
 * that is public by its route table is an error at its line in the config.
 */
final class FargatePlanner {
  private static final Set<String> IMMUTABLE =
      Set.of("selectors", "subnets", "pod_execution_role_arn");

  private FargatePlanner() {}

  static void plan(PlanContext ctx) {
    for (FargateProfileSpec spec : ctx.desired().fargateProfiles()) {
      plan(ctx, spec);
    }
    for (LiveFargateProfile live : ctx.live().fargateProfiles()) {
      if (matching(ctx, live).isEmpty() && !"DELETING".equals(live.status())) {
        Pruning.unmatched(
            ctx,
            ResourceAddress.of(ResourceAddress.FARGATE_PROFILE, live.name()),
            live.tags(),
            before(live, Map.of()));
      }
    }
  }

  /** The address of a live profile: the desired profile it stands for, else its own name. */
  static ResourceAddress addressOf(PlanContext ctx, LiveFargateProfile live) {
    return ResourceAddress.of(
        ResourceAddress.FARGATE_PROFILE,
        matching(ctx, live).map(FargateProfileSpec::name).orElse(live.name()));
  }

  /** The desired profile a live one stands for: same name, or eksform's resource tag. */
  private static Optional<FargateProfileSpec> matching(PlanContext ctx, LiveFargateProfile live) {
    return ctx.desired().fargateProfiles().stream()
        .filter(
            s ->
                s.name().equals(live.name())
                    || (ResourceAddress.FARGATE_PROFILE + "." + s.name())
                        .equals(live.tags().get(ManagedNames.TAG_RESOURCE)))
        .findFirst();
  }

  /** The live profile that stands for {@code spec}, if one does. */
  static Optional<LiveFargateProfile> standingFor(PlanContext ctx, FargateProfileSpec spec) {
    return candidates(ctx, spec).stream().findFirst();
  }

  /** The live profiles that stand for {@code spec}, the one of its name first. */
  private static List<LiveFargateProfile> candidates(PlanContext ctx, FargateProfileSpec spec) {
    return ctx.live().fargateProfiles().stream()
        .filter(l -> !"DELETING".equals(l.status()))
        .filter(l -> matching(ctx, l).map(s -> s.name().equals(spec.name())).orElse(false))
        .sorted(
            Comparator.comparing((LiveFargateProfile l) -> !l.name().equals(spec.name()))
                .thenComparing(LiveFargateProfile::name))
        .toList();
  }

  private static void plan(PlanContext ctx, FargateProfileSpec spec) {
    List<String> subnets = subnets(ctx, spec);
    String role = PodExecutionRolePlanner.forProfile(ctx, spec);
    ObjectNode after = Json.object();
    after.put("name", spec.name());
    after.set("selectors", selectors(spec.selectors()));
    if (spec.subnets().isEmpty() && PlannedSubnets.planned(ctx)) {
      // The network is made in the same apply: the step finds its private subnets by their tags.
      after.set("subnets", Unknown.node());
      after.put("subnet_kind", "private");
    } else {
      after.set("subnets", Json.strings(subnets));
    }
    after.put("pod_execution_role_arn", role);
    after.set("tags", Json.map(spec.tags()));
    ResourceAddress address = ResourceAddress.of(ResourceAddress.FARGATE_PROFILE, spec.name());
    List<ResourceAddress> deps = new ArrayList<>();
    if (role.equals(PodExecutionRolePlanner.roleArn(ctx)) && PodExecutionRolePlanner.needed(ctx)) {
      deps.add(ResourceAddress.of(ResourceAddress.POD_EXECUTION_ROLE));
    }
    List<LiveFargateProfile> candidates = candidates(ctx, spec);
    if (candidates.isEmpty()) {
      ctx.add(
          Changes.create(
              address,
              after,
              "no Fargate profile " + spec.name() + " on the cluster",
              deps,
              spec.pointer()));
      return;
    }
    List<StandIns.Candidate> compared =
        candidates.stream()
            .map(l -> new StandIns.Candidate(l.name(), compare(spec, l, after, address, deps)))
            .toList();
    List<Change> changes = StandIns.plan(ctx, address, spec.name(), compared);
    Change kept = changes.get(0);
    if (kept.action() == Action.NO_OP || kept.action() == Action.UPDATE) {
      String liveName = kept.before().path("name").asString("");
      candidates.stream()
          .filter(l -> l.name().equals(liveName))
          .findFirst()
          .ifPresent(l -> ctx.adopt(address, maker(ctx, l)));
    }
    changes.forEach(ctx::add);
  }

  /**
   * Who made a live profile: its tags say, else its pod execution role does (eksctl tags no
   * profile, only the stack that made its role).
   */
  private static String maker(PlanContext ctx, LiveFargateProfile live) {
    String byTags = Makers.ofTags(live.tags());
    if (!byTags.equals(Makers.OTHER)) {
      return byTags;
    }
    return ctx.live()
        .roleByArn(live.podExecutionRoleArn())
        .map(r -> Makers.ofRole(r, ctx.cluster()))
        .orElse(Makers.ofRoleArn(live.podExecutionRoleArn(), ctx.cluster()));
  }

  private static Change compare(
      FargateProfileSpec spec,
      LiveFargateProfile live,
      ObjectNode after,
      ResourceAddress address,
      List<ResourceAddress> deps) {
    // before keeps the live name: the steps act on that profile. A profile that replaced this one
    // under another name (create-before-destroy) stands for it, so the name is not compared.
    ObjectNode before = before(live, spec.tags());
    ObjectNode wanted = after.deepCopy();
    wanted.remove("name");
    var attributes = Diff.attributes(before, wanted, IMMUTABLE, Set.of());
    List<String> reasons = new ArrayList<>(Diff.reasons(attributes, "a Fargate profile"));
    Action action = Diff.actionFor(attributes);
    if ("CREATE_FAILED".equals(live.status())) {
      action = Action.REPLACE;
      reasons.add(0, "the live profile is CREATE_FAILED");
    } else if (!live.name().equals(spec.name()) && action == Action.NO_OP) {
      reasons.add("stands in for " + spec.name() + " after a replacement");
    }
    if ("CREATING".equals(live.status()) && action == Action.NO_OP) {
      reasons.add("still CREATING; apply waits for it to become ACTIVE");
    }
    return new Change(address, action, before, after, attributes, reasons, deps, spec.pointer());
  }

  private static List<String> subnets(PlanContext ctx, FargateProfileSpec spec) {
    if (spec.subnets().isEmpty() && PlannedSubnets.planned(ctx)) {
      return List.of();
    }
    if (spec.subnets().isEmpty()) {
      List<String> fromCluster = ctx.live().privateClusterSubnets();
      if (fromCluster.isEmpty()) {
        ctx.error(
            "Fargate profile "
                + spec.name()
                + " names no subnets and the cluster has no private"
                + " subnet (judged by route tables) for EKS to use",
            spec.pointer(),
            "add private subnets (a route to a NAT gateway, none to an internet gateway)");
      }
      return fromCluster;
    }
    Map<String, LiveSubnet> byId = new TreeMap<>();
    ctx.live().subnets().forEach(s -> byId.put(s.id(), s));
    for (int i = 0; i < spec.subnets().size(); i++) {
      String id = spec.subnets().get(i);
      LiveSubnet s = byId.get(id);
      String pointer = spec.pointer() + "/subnets/" + i;
      if (s == null) {
        ctx.error(
            "subnet "
                + id
                + " of Fargate profile "
                + spec.name()
                + " is not in the cluster's VPC "
                + ctx.live().cluster().vpcId(),
            pointer,
            "use a subnet of " + ctx.live().cluster().vpcId());
      } else if (!s.isPrivate()) {
        ctx.error(
            "subnet "
                + id
                + " of Fargate profile "
                + spec.name()
                + " is public (its route table sends traffic to an internet gateway);"
                + " Fargate only runs pods in private subnets",
            pointer,
            "use private subnets: " + String.join(", ", ctx.live().privateClusterSubnets()));
      }
    }
    return spec.subnets().stream().sorted().toList();
  }

  static ArrayNode selectors(List<Selector> selectors) {
    ArrayNode out = Json.NODES.arrayNode();
    for (Selector s : selectors) {
      ObjectNode o = out.addObject();
      o.put("namespace", s.namespace());
      o.set("labels", Json.map(s.labels()));
    }
    return out;
  }

  private static ObjectNode before(LiveFargateProfile live, Map<String, String> wantedTags) {
    ObjectNode before = Json.object();
    before.put("name", live.name());
    before.set("selectors", selectors(live.selectors()));
    before.set("subnets", Json.strings(live.subnets()));
    before.put("pod_execution_role_arn", live.podExecutionRoleArn());
    Map<String, String> tags = new TreeMap<>();
    wantedTags
        .keySet()
        .forEach(
            k -> {
              if (live.tags().containsKey(k)) {
                tags.put(k, live.tags().get(k));
              }
            });
    before.set("tags", Json.map(tags));
    return before;
  }
}

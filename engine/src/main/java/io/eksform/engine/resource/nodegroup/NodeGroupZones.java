package io.eksform.engine.resource.nodegroup;

import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.live.LiveSubnet;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.PlannedSubnets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A managed node group's {@code availabilityZones}: as eksctl picks them, the group's subnets are
 * every subnet of the cluster in those zones that is private (with {@code privateNetworking}) or
 * public (without). A zone with no such subnet is an error at the zone's line.
 */
final class NodeGroupZones {
  private NodeGroupZones() {}

  /** The cluster's subnets of the group's zones and kind, sorted. */
  /**
   * Checks the group's zones against the subnets of the network the plan makes: a zone without a
   * subnet of the group's kind is an error at its line.
   */
  static void checkPlanned(PlanContext ctx, NodeGroupSpec spec) {
    List<String> planned = PlannedSubnets.zones(ctx, spec.privateNetworking());
    List<String> zones = spec.availabilityZones();
    for (int i = 0; i < zones.size(); i++) {
      if (!planned.contains(zones.get(i))) {
        ctx.error(
            "node group "
                + spec.name()
                + " asks for zone "
                + zones.get(i)
                + ", and the network eksform makes for the cluster has no subnet there",
            spec.pointer() + "/availabilityZones/" + i,
            "zones of the new network: " + String.join(", ", planned));
      }
    }
  }

  static List<String> subnets(PlanContext ctx, NodeGroupSpec spec) {
    List<String> out = new ArrayList<>();
    List<String> zones = spec.availabilityZones();
    for (int i = 0; i < zones.size(); i++) {
      String zone = zones.get(i);
      List<String> here = new ArrayList<>();
      for (LiveSubnet s : ctx.live().subnets()) {
        if (ctx.live().cluster().subnetIds().contains(s.id())
            && s.isPrivate() == spec.privateNetworking()
            && zone.equals(s.availabilityZone())) {
          here.add(s.id());
        }
      }
      if (here.isEmpty()) {
        String kind = spec.privateNetworking() ? "private" : "public";
        ctx.error(
            "node group "
                + spec.name()
                + " asks for zone "
                + zone
                + ", and the cluster has no "
                + kind
                + " subnet there",
            spec.pointer() + "/availabilityZones/" + i,
            "zones with a "
                + kind
                + " subnet of the cluster: "
                + String.join(", ", zonesWith(ctx, spec.privateNetworking())));
      }
      here.stream().filter(id -> !out.contains(id)).forEach(out::add);
    }
    return out.stream().sorted().toList();
  }

  /** The zones of the given subnets, as far as the cluster's VPC knows them, sorted. */
  static List<String> zonesOf(PlanContext ctx, List<String> subnetIds) {
    TreeSet<String> out = new TreeSet<>();
    for (LiveSubnet s : ctx.live().subnets()) {
      if (subnetIds.contains(s.id())) {
        out.add(s.availabilityZone());
      }
    }
    return List.copyOf(out);
  }

  /** The config's zones, sorted and each once, as a plan compares them. */
  static List<String> wanted(NodeGroupSpec spec) {
    return List.copyOf(new TreeSet<>(spec.availabilityZones()));
  }

  private static List<String> zonesWith(PlanContext ctx, boolean wantPrivate) {
    TreeSet<String> out = new TreeSet<>();
    for (LiveSubnet s : ctx.live().subnets()) {
      if (ctx.live().cluster().subnetIds().contains(s.id()) && s.isPrivate() == wantPrivate) {
        out.add(s.availabilityZone());
      }
    }
    return out.isEmpty() ? List.of("(none)") : List.copyOf(out);
  }
}

package io.eksform.engine.resource.network;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.LiveNetworkObject;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deletes, for a plan that destroys the cluster, every network object eksform or eksctl made for it
 * (as their tags say), after the cluster: NAT gateways first, then elastic IPs, route tables and
 * the internet gateway, subnets, security groups, and the VPC last. A network interface in those
 * VPCs that neither made (an instance someone launched) keeps its subnet and VPC from going, and a
 * subnet neither made keeps the VPC: the plan names each and leaves what it holds.
 */
final class NetworkDestroyer {
  private NetworkDestroyer() {}

  static void destroy(PlanContext ctx) {
    String cluster = ctx.cluster();
    List<LiveNetworkObject> owned =
        ctx.live().network().objects().stream()
            .filter(o -> ManagedNames.ownedBy(o.tags(), cluster))
            .toList();
    if (owned.isEmpty()) {
      return;
    }
    Set<String> heldVpcs = new HashSet<>();
    Set<String> heldSubnets = new HashSet<>();
    for (LiveNetworkObject stranger : ctx.live().network().strangers()) {
      heldVpcs.add(stranger.vpcId());
      if (stranger.type().equals(ResourceAddress.SUBNET)) {
        ctx.noteUnmanaged(
            "subnet "
                + stranger.id()
                + " of VPC "
                + stranger.vpcId()
                + " carries neither eksform's nor eksctl's tag for this cluster: it keeps the VPC"
                + " from being deleted, so the VPC is left");
        continue;
      }
      LiveNetworkObject eni = stranger;
      heldSubnets.add(eni.fact("subnet"));
      ctx.noteUnmanaged(
          "network interface "
              + eni.id()
              + " ("
              + (eni.fact("description").isEmpty() ? "no description" : eni.fact("description"))
              + ") in subnet "
              + eni.fact("subnet")
              + " of VPC "
              + eni.vpcId()
              + " was made by neither eksform nor eksctl: it keeps that subnet and the VPC from"
              + " being deleted, so they are left");
    }
    owned = withNatAddresses(owned);
    Map<String, ResourceAddress> addresses = new HashMap<>();
    for (LiveNetworkObject o : owned) {
      addresses.put(o.id(), address(o, cluster));
    }
    ResourceAddress clusterAddress = ResourceAddress.of(ResourceAddress.CLUSTER);
    List<Change> deletions = new ArrayList<>();
    for (LiveNetworkObject o : owned) {
      boolean held =
          (o.type().equals(ResourceAddress.VPC) && heldVpcs.contains(o.id()))
              || (o.type().equals(ResourceAddress.SUBNET) && heldSubnets.contains(o.id()))
              || (o.type().equals(ResourceAddress.SECURITY_GROUP) && heldVpcs.contains(o.vpcId()));
      if (held) {
        continue;
      }
      List<ResourceAddress> deps = new ArrayList<>(List.of(clusterAddress));
      for (LiveNetworkObject other : owned) {
        if (before(other, o)) {
          deps.add(addresses.get(other.id()));
        }
      }
      ObjectNode before = Json.object();
      before.put("id", o.id());
      if (!o.vpcId().isEmpty()) {
        before.put("vpc", o.vpcId());
      }
      o.facts().forEach(before::put);
      before.set("tags", Json.map(o.tags()));
      deletions.add(
          new Change(
              addresses.get(o.id()),
              Action.DELETE,
              before,
              Json.NONE,
              List.of(),
              List.of(
                  "the cluster is destroyed, and "
                      + (ManagedNames.createdByEksform(o.tags(), cluster) ? "eksform" : "eksctl")
                      + " made this for it"),
              deps,
              ""));
    }
    deletions.forEach(ctx::add);
  }

  /**
   * The objects with the elastic IP of each NAT gateway among them that carries no tags of its own
   * (eksctl's stack may leave its NAT address untagged): released with its gateway.
   */
  private static List<LiveNetworkObject> withNatAddresses(List<LiveNetworkObject> owned) {
    List<LiveNetworkObject> out = new ArrayList<>(owned);
    for (LiveNetworkObject o : owned) {
      String allocation = o.fact("allocation");
      boolean known = owned.stream().anyMatch(x -> x.id().equals(allocation));
      if (o.type().equals(ResourceAddress.NAT_GATEWAY) && !allocation.isEmpty() && !known) {
        out.add(
            new LiveNetworkObject(
                ResourceAddress.ELASTIC_IP,
                allocation,
                "",
                Map.of(),
                new java.util.TreeMap<>(Map.of("nat_gateway", o.id()))));
      }
    }
    return out;
  }

  /** True when {@code first} must be deleted before {@code then} can be. */
  private static boolean before(LiveNetworkObject first, LiveNetworkObject then) {
    String a = first.type();
    return switch (then.type()) {
      case "elastic_ip", "internet_gateway" -> a.equals(ResourceAddress.NAT_GATEWAY);
      case "subnet" ->
          a.equals(ResourceAddress.NAT_GATEWAY) || a.equals(ResourceAddress.ROUTE_TABLE);
      case "vpc" -> !a.equals(ResourceAddress.VPC) && first.vpcId().equals(then.id());
      default -> false;
    };
  }

  /**
   * The object's address: the one eksform's tag names, or for what eksctl made its type and id
   * (eksctl's tags name no address).
   */
  static ResourceAddress address(LiveNetworkObject o, String cluster) {
    if (ManagedNames.createdByEksform(o.tags(), cluster)) {
      return ResourceAddress.parse(o.tag(ManagedNames.TAG_RESOURCE));
    }
    return ResourceAddress.of(o.type(), o.id());
  }
}

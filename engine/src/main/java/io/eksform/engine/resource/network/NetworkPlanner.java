package io.eksform.engine.resource.network;

import io.eksform.engine.config.JsonPointers;
import io.eksform.engine.desired.ConfigField;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.ledger.Disposition;
import io.eksform.engine.live.LiveNetwork;
import io.eksform.engine.live.LiveNetworkObject;
import io.eksform.engine.live.LiveZone;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.AttributeChange;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Diff;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.plan.Unknown;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plans the network eksform makes for a cluster whose config names no VPC: while the cluster does
 * not exist, each object of the layout is created unless an earlier run made it (found by its tags:
 * adopted, and completed when a route, association or rule is missing); once eksform's network
 * exists, it is compared, and what EC2 cannot change in place (a block, a zone, the NAT mode) is an
 * error at the config line. A cluster that exists on a network eksform did not make gets no network
 * changes.
 */
final class NetworkPlanner {
  /** Attributes EC2 fixes when the object is made. */
  private static final Set<String> FIXED =
      Set.of("cidr", "zone", "vpc", "subnet", "elastic_ip", "name");

  private static final String FIXED_WHY = "fixed once the network is made";

  private NetworkPlanner() {}

  static void plan(PlanContext ctx) {
    var fields = ctx.desired().fields();
    if (!NetworkLayouts.wanted(fields)) {
      notActedOn(
          ctx,
          "the config names its VPC (vpc.id or subnet ids); this shapes only a VPC eksform makes");
      return;
    }
    String cluster = ctx.cluster();
    LiveNetwork net = ctx.live().network();
    if (!net.read()) {
      // A snapshot without EC2 knows nothing of the network; the live read always reads it here.
      return;
    }
    List<LiveNetworkObject> ours =
        net.objects().stream()
            .filter(o -> ManagedNames.createdByEksform(o.tags(), cluster))
            .toList();
    boolean exists = ctx.live().cluster().exists();
    if (exists && ours.isEmpty()) {
      notActedOn(
          ctx,
          "the cluster exists on a VPC eksform did not make; this shapes only a VPC eksform makes"
              + " for a new cluster");
      return;
    }
    List<LiveZone> zones = net.zones();
    if (zones.isEmpty()) {
      // Zones are read only for a cluster to create; an existing network's subnets say its zones.
      zones =
          ours.stream()
              .filter(o -> o.type().equals(ResourceAddress.SUBNET))
              .map(o -> new LiveZone(o.fact("zone"), ""))
              .distinct()
              .toList();
    }
    NetworkLayouts.Result result = NetworkLayouts.of(cluster, fields, zones);
    result.problems().forEach(p -> ctx.error(p.message(), p.pointer(), p.hint()));
    if (result.layout().isEmpty()) {
      return;
    }
    NetworkLayout layout = result.layout().get();
    Map<String, String> addresses = new HashMap<>();
    for (LiveNetworkObject o : ours) {
      addresses.put(o.id(), o.tag(ManagedNames.TAG_RESOURCE));
    }
    List<DesiredObject> objects = NetworkObjects.of(layout);
    Set<String> wanted =
        objects.stream().map(o -> o.address().toString()).collect(Collectors.toSet());
    boolean stray = strays(ctx, layout, ours, wanted);
    if (stray) {
      return;
    }
    Set<ResourceAddress> changing = new HashSet<>();
    List<Change> planned = new ArrayList<>();
    for (DesiredObject d : objects) {
      var live =
          ours.stream()
              .filter(o -> o.tag(ManagedNames.TAG_RESOURCE).equals(d.address().toString()))
              .findFirst();
      Change c;
      if (live.isEmpty()) {
        c = create(d, layout);
      } else {
        ObjectNode after = d.after().deepCopy();
        after.put("id", live.get().id());
        ObjectNode before = LiveView.of(live.get(), after, addresses);
        // An internet gateway is attached after it is made: a detached one is attached again.
        Set<String> fixedHere =
            d.address().type().equals(ResourceAddress.INTERNET_GATEWAY) ? Set.of() : FIXED;
        List<AttributeChange> attributes = Diff.attributes(before, after, fixedHere, Set.of());
        List<AttributeChange> fixed =
            attributes.stream().filter(AttributeChange::forcesReplacement).toList();
        if (!fixed.isEmpty()) {
          for (AttributeChange a : fixed) {
            ctx.error(
                d.address()
                    + " ("
                    + live.get().id()
                    + ") has "
                    + a.path()
                    + " "
                    + text(a.before())
                    + " and the config asks for "
                    + text(a.after())
                    + ": "
                    + a.path()
                    + " is "
                    + FIXED_WHY,
                d.pointer(),
                "set "
                    + JsonPointers.toPath(d.pointer())
                    + " back, or destroy the cluster and"
                    + " create it again with the new network");
          }
          continue;
        }
        c =
            new Change(
                d.address(),
                Diff.actionFor(attributes),
                before,
                after,
                attributes,
                Diff.reasons(attributes, "EC2"),
                d.dependsOn(),
                d.pointer());
      }
      if (c.isChange()) {
        changing.add(c.address());
      }
      planned.add(c);
    }
    for (Change c : planned) {
      // A dependency that is already there is no reason to wait.
      List<ResourceAddress> deps = c.dependsOn().stream().filter(changing::contains).toList();
      ctx.add(
          new Change(
              c.address(),
              c.action(),
              c.before(),
              c.after(),
              c.attributes(),
              c.reasons(),
              deps,
              c.configPointer()));
    }
  }

  /**
   * eksform's objects the layout no longer has (another zone, another NAT mode): each an error at
   * the line that decides it, as EC2 cannot move a network to another layout in place.
   */
  private static boolean strays(
      PlanContext ctx, NetworkLayout layout, List<LiveNetworkObject> ours, Set<String> wanted) {
    boolean any = false;
    for (LiveNetworkObject o : ours) {
      String address = o.tag(ManagedNames.TAG_RESOURCE);
      if (wanted.contains(address)) {
        continue;
      }
      any = true;
      boolean nat =
          o.type().equals(ResourceAddress.NAT_GATEWAY)
              || o.type().equals(ResourceAddress.ELASTIC_IP);
      String pointer = nat ? "/vpc/nat/gateway" : zonesPointer(ctx);
      ctx.error(
          address
              + " ("
              + o.id()
              + ") is part of eksform's network for this cluster and the config no longer asks"
              + " for it: "
              + (nat ? "the NAT mode" : "the zones")
              + " of a network are "
              + FIXED_WHY
              + " (the network has "
              + layout.zones().size()
              + " zone(s) in the config: "
              + layout.zones()
              + ")",
          pointer,
          "set "
              + JsonPointers.toPath(pointer)
              + " back, or destroy the cluster and create it"
              + " again with the new network");
    }
    return any;
  }

  private static String zonesPointer(PlanContext ctx) {
    return ctx.desired().fields().value("/availabilityZones/0").isPresent()
        ? "/availabilityZones"
        : "/vpc/subnets";
  }

  private static Change create(DesiredObject d, NetworkLayout layout) {
    Set<String> unknown = new HashSet<>();
    d.after()
        .properties()
        .forEach(
            e -> {
              if (Unknown.is(e.getValue())) {
                unknown.add(e.getKey());
              }
            });
    List<String> reasons = new ArrayList<>(List.of(d.reason()));
    if (d.address().type().equals(ResourceAddress.VPC) && layout.zonesChosen()) {
      reasons.add(
          "zones chosen as eksctl chooses them ("
              + layout.zones().size()
              + " of the region's, none EKS refuses), first by name: "
              + String.join(", ", layout.zones())
              + "; set availabilityZones to choose others");
    }
    return new Change(
        d.address(),
        Action.CREATE,
        Json.NONE,
        d.after(),
        Diff.creation(d.after(), unknown),
        reasons,
        d.dependsOn(),
        d.pointer());
  }

  /** Names every network field the config sets as not acted on, for {@code why}. */
  private static void notActedOn(PlanContext ctx, String why) {
    for (ConfigField f : ctx.desired().fields().values()) {
      if (isNetworkField(f.pointer())) {
        ctx.notActedOn(f.pointer(), Disposition.CREATE_ONLY, why);
      }
    }
  }

  private static boolean isNetworkField(String pointer) {
    return pointer.equals("/vpc/cidr")
        || pointer.equals("/vpc/nat/gateway")
        || pointer.startsWith("/availabilityZones/")
        || pointer.matches("/vpc/subnets/(public|private)/[^/]+/(cidr|az)");
  }

  private static String text(tools.jackson.databind.JsonNode v) {
    return v.isString() ? v.asString() : v.toString();
  }
}

package io.eksform.engine.plan;

import java.util.List;

/**
 * The subnets of the network this plan makes for a cluster still to create (the network kind plans
 * them first): their ids are known only after apply, so what is placed in them (node groups,
 * Fargate profiles) says which kind of subnet, in which zones, and its step finds them by their
 * ownership tags ({@code subnet.public-<zone>}, {@code subnet.private-<zone>}).
 */
public final class PlannedSubnets {
  private PlannedSubnets() {}

  /** True when this plan makes the network of a cluster it creates. */
  public static boolean planned(PlanContext ctx) {
    return !ctx.live().cluster().exists()
        && ctx.changes().stream().anyMatch(c -> c.address().type().equals(ResourceAddress.SUBNET));
  }

  /** The zones of the planned subnets of that kind, sorted. */
  public static List<String> zones(PlanContext ctx, boolean privateSubnets) {
    String prefix = privateSubnets ? "private-" : "public-";
    return ctx.changes().stream()
        .filter(c -> c.address().type().equals(ResourceAddress.SUBNET))
        .map(c -> c.address().name())
        .filter(n -> n.startsWith(prefix))
        .map(n -> n.substring(prefix.length()))
        .sorted()
        .distinct()
        .toList();
  }
}

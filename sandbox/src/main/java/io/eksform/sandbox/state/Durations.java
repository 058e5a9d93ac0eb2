package io.eksform.sandbox.state;

import java.time.Duration;

/**
 * How long each EKS and NAT gateway transition takes (and how long a deleted NAT gateway stays
 * listed); {@link #realistic()} scaled by a factor.
 */
public record Durations(
    Duration clusterCreate,
    Duration clusterDelete,
    Duration clusterUpdate,
    Duration fargateCreate,
    Duration fargateDelete,
    Duration nodegroupCreate,
    Duration nodegroupUpdate,
    Duration nodegroupDelete,
    Duration addonCreate,
    Duration addonUpdate,
    Duration addonDelete,
    Duration natGatewayCreate,
    Duration natGatewayDelete,
    Duration natGatewayForgotten) {

  /** Roughly what real EKS takes. */
  public static Durations realistic() {
    return new Durations(
        Duration.ofMinutes(10),
        Duration.ofMinutes(5),
        Duration.ofMinutes(1),
        Duration.ofMinutes(2),
        Duration.ofMinutes(3),
        Duration.ofMinutes(3),
        Duration.ofMinutes(2),
        Duration.ofMinutes(3),
        Duration.ofMinutes(1),
        Duration.ofMinutes(1),
        Duration.ofSeconds(30),
        Duration.ofMinutes(2),
        Duration.ofMinutes(1),
        Duration.ofHours(1));
  }

  /**
   * The realistic durations multiplied by {@code factor} (0 makes every transition end at once).
   */
  public static Durations scaled(double factor) {
    if (factor < 0 || Double.isNaN(factor)) {
      throw new IllegalArgumentException("the time scale must be 0 or more, not " + factor);
    }
    Durations r = realistic();
    return new Durations(
        scale(r.clusterCreate, factor),
        scale(r.clusterDelete, factor),
        scale(r.clusterUpdate, factor),
        scale(r.fargateCreate, factor),
        scale(r.fargateDelete, factor),
        scale(r.nodegroupCreate, factor),
        scale(r.nodegroupUpdate, factor),
        scale(r.nodegroupDelete, factor),
        scale(r.addonCreate, factor),
        scale(r.addonUpdate, factor),
        scale(r.addonDelete, factor),
        scale(r.natGatewayCreate, factor),
        scale(r.natGatewayDelete, factor),
        scale(r.natGatewayForgotten, factor));
  }

  private static Duration scale(Duration d, double factor) {
    return Duration.ofMillis(Math.round(d.toMillis() * factor));
  }
}

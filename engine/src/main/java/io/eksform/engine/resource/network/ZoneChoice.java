package io.eksform.engine.resource.network;

import io.eksform.engine.live.LiveZone;
import java.util.List;
import java.util.Set;

/**
 * The zones eksctl would choose for a new VPC when the config names none: three of the region's
 * available zones (two where it has only two), never one whose zone id EKS refuses control plane
 * subnets in. eksctl draws them at random; eksform takes the first ones by name, so that a plan
 * made twice chooses the same.
 */
final class ZoneChoice {
  /** Zone ids EKS does not place control planes in; eksctl avoids them. */
  static final Set<String> AVOIDED = Set.of("use1-az3", "usw1-az2", "cac1-az3", "cnn1-az4");

  static final int RECOMMENDED = 3;
  static final int REQUIRED = 2;

  private ZoneChoice() {}

  /** The chosen zone names; fewer than {@link #REQUIRED} when the region has too few. */
  static List<String> choose(List<LiveZone> zones) {
    List<String> usable =
        zones.stream()
            .filter(z -> !AVOIDED.contains(z.id()))
            .map(LiveZone::name)
            .distinct()
            .sorted()
            .toList();
    return usable.subList(0, Math.min(RECOMMENDED, usable.size()));
  }
}

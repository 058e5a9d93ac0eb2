package io.eksform.engine.resource.network;

import java.util.List;

/**
 * The network eksctl would build for a cluster whose config names no VPC: the VPC's block, the
 * zones (and whether eksform chose them), the NAT mode, and one public and one private subnet per
 * zone.
 */
record NetworkLayout(
    String cluster,
    Ipv4Cidr cidr,
    List<String> zones,
    boolean zonesChosen,
    NatMode nat,
    List<SubnetLayout> subnets) {
  NetworkLayout {
    zones = List.copyOf(zones);
    subnets = List.copyOf(subnets);
  }

  List<SubnetLayout> publicSubnets() {
    return subnets.stream().filter(SubnetLayout::isPublic).toList();
  }

  List<SubnetLayout> privateSubnets() {
    return subnets.stream().filter(s -> !s.isPublic()).toList();
  }

  /** The subnet of one zone and kind. */
  SubnetLayout subnet(boolean isPublic, String zone) {
    return subnets.stream()
        .filter(s -> s.isPublic() == isPublic && s.zone().equals(zone))
        .findFirst()
        .orElseThrow();
  }
}

package io.eksform.engine.resource.network;

import java.util.Optional;

/**
 * How the private subnets reach the internet ({@code vpc.nat.gateway}): one NAT gateway for the
 * whole VPC, one per zone, or none.
 */
enum NatMode {
  SINGLE("Single"),
  HIGHLY_AVAILABLE("HighlyAvailable"),
  DISABLE("Disable");

  final String word;

  NatMode(String word) {
    this.word = word;
  }

  /** The mode eksctl's word names; empty for any other word. */
  static Optional<NatMode> of(String word) {
    for (NatMode m : values()) {
      if (m.word.equals(word)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}

package io.eksform.engine.resource.network;

/**
 * One subnet of the network: public or private, its zone, its block, and the config pointer that
 * decides the block (its own {@code cidr}, or {@code /vpc/cidr} when split from the VPC's).
 */
record SubnetLayout(boolean isPublic, String zone, Ipv4Cidr cidr, String pointer) {
  /** Its address name: {@code public-<zone>} or {@code private-<zone>}. */
  String name() {
    return (isPublic ? "public-" : "private-") + zone;
  }
}

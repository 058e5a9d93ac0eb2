package io.eksform.sandbox.state;

import java.util.Map;

/** An EC2 subnet; whether it is public is decided by its effective route table, not stored here. */
public record Subnet(
    String region,
    String id,
    String vpcId,
    String cidrBlock,
    String availabilityZone,
    String availabilityZoneId,
    boolean mapPublicIpOnLaunch,
    int availableIpAddressCount,
    Map<String, String> tags) {

  /** Normalizes the tags to an immutable copy. */
  public Subnet {
    tags = Map.copyOf(tags);
  }
}

package io.eksform.sandbox.state;

import java.util.Map;

/**
 * An EC2 subnet; whether it is public is decided by its effective route table, not stored here. The
 * default VPC's subnets are each the default of their zone.
 */
public record Subnet(
    String region,
    String id,
    String vpcId,
    String cidrBlock,
    String availabilityZone,
    String availabilityZoneId,
    boolean mapPublicIpOnLaunch,
    int availableIpAddressCount,
    Map<String, String> tags,
    boolean defaultForAz) {

  /** Normalizes the tags to an immutable copy. */
  public Subnet {
    tags = Map.copyOf(tags);
  }

  /** A copy with other tags. */
  public Subnet withTags(Map<String, String> newTags) {
    return new Subnet(
        region,
        id,
        vpcId,
        cidrBlock,
        availabilityZone,
        availabilityZoneId,
        mapPublicIpOnLaunch,
        availableIpAddressCount,
        newTags,
        defaultForAz);
  }

  /** A copy that gives (or not) instances launched in it a public address. */
  public Subnet withMapPublicIpOnLaunch(boolean map) {
    return new Subnet(
        region,
        id,
        vpcId,
        cidrBlock,
        availabilityZone,
        availabilityZoneId,
        map,
        availableIpAddressCount,
        tags,
        defaultForAz);
  }
}

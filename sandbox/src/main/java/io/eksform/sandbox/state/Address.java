package io.eksform.sandbox.state;

import java.util.Map;

/**
 * An elastic IP address of domain {@code vpc}; what it is associated with (a NAT gateway's network
 * interface) is found from the NAT gateways, not stored here.
 */
public record Address(
    String region, String allocationId, String publicIp, Map<String, String> tags) {

  /** Normalizes the tags to an immutable copy. */
  public Address {
    tags = Map.copyOf(tags);
  }

  /** A copy with other tags. */
  public Address withTags(Map<String, String> newTags) {
    return new Address(region, allocationId, publicIp, newTags);
  }
}

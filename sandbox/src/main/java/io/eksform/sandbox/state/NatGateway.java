package io.eksform.sandbox.state;

import java.util.Map;

/** An EC2 NAT gateway living in a (public) subnet. */
public record NatGateway(
    String region,
    String id,
    String vpcId,
    String subnetId,
    String publicIp,
    long createdAt,
    Map<String, String> tags) {

  /** Normalizes the tags to an immutable copy. */
  public NatGateway {
    tags = Map.copyOf(tags);
  }
}

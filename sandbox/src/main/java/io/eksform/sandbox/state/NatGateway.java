package io.eksform.sandbox.state;

import java.util.Map;

/**
 * An EC2 NAT gateway in a (public) subnet, holding an elastic IP; its state goes {@code pending} to
 * {@code available}, and {@code deleting} to {@code deleted}, from {@code since}.
 */
public record NatGateway(
    String region,
    String id,
    String vpcId,
    String subnetId,
    String publicIp,
    long createdAt,
    Map<String, String> tags,
    String allocationId,
    String state,
    long since) {

  /** The states in which a NAT gateway holds its network interface and elastic IP. */
  public boolean holdsAddress() {
    return !state.equals("deleted");
  }

  /** Normalizes the tags; a state file without states has available gateways. */
  public NatGateway {
    tags = Map.copyOf(tags);
    allocationId = allocationId == null ? Ids.derived("eipalloc", id) : allocationId;
    state = state == null ? "available" : state;
  }

  /** An available NAT gateway, as scenarios seed them. */
  public NatGateway(
      String region,
      String id,
      String vpcId,
      String subnetId,
      String publicIp,
      long createdAt,
      Map<String, String> tags) {
    this(region, id, vpcId, subnetId, publicIp, createdAt, tags, null, "available", createdAt);
  }

  /** A copy with other tags. */
  public NatGateway withTags(Map<String, String> newTags) {
    return new NatGateway(
        region, id, vpcId, subnetId, publicIp, createdAt, newTags, allocationId, state, since);
  }

  /** A copy in another state, from {@code at}. */
  public NatGateway withState(String newState, long at) {
    return new NatGateway(
        region, id, vpcId, subnetId, publicIp, createdAt, tags, allocationId, newState, at);
  }
}

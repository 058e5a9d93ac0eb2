package io.eksform.sandbox.state;

/**
 * A route: a destination CIDR and one target (gateway id such as {@code local}/{@code igw-}, or
 * NAT).
 */
public record Route(
    String destinationCidrBlock, String gatewayId, String natGatewayId, String origin) {

  /** Whether this route goes straight to an internet gateway (what makes a subnet public). */
  public boolean toInternetGateway() {
    return gatewayId != null && gatewayId.startsWith("igw-");
  }
}

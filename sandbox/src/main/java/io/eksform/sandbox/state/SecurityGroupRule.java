package io.eksform.sandbox.state;

/**
 * One security group rule: a protocol ({@code -1} for all), a port range (null for all ports) and
 * one peer, an IPv4 CIDR or a security group id.
 */
public record SecurityGroupRule(
    String id, String protocol, Integer fromPort, Integer toPort, String cidr, String groupId) {

  /** Whether two rules allow the same traffic (the rule ids aside). */
  public boolean sameAs(SecurityGroupRule other) {
    return protocol.equals(other.protocol)
        && java.util.Objects.equals(fromPort, other.fromPort)
        && java.util.Objects.equals(toPort, other.toPort)
        && java.util.Objects.equals(cidr, other.cidr)
        && java.util.Objects.equals(groupId, other.groupId);
  }

  /** Allows everything to {@code 0.0.0.0/0}: the egress rule of every new group. */
  public static SecurityGroupRule allTrafficOut(String ruleId) {
    return new SecurityGroupRule(ruleId, "-1", null, null, "0.0.0.0/0", null);
  }
}

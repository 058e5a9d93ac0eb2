package io.eksform.sandbox.state;

import java.util.Optional;

/** VPC rules shared by EC2 and EKS: a subnet's effective route table and whether it is public. */
public final class Network {
  private Network() {}

  /** The explicitly associated route table of a subnet, else its VPC's main route table. */
  public static Optional<RouteTable> effectiveRouteTable(Account account, Subnet subnet) {
    Optional<RouteTable> explicit =
        account.routeTables().values().stream()
            .filter(t -> t.associatedWith(subnet.id()))
            .findFirst();
    if (explicit.isPresent()) {
      return explicit;
    }
    return account.routeTables().values().stream()
        .filter(t -> t.vpcId().equals(subnet.vpcId()) && t.isMain())
        .findFirst();
  }

  /** Public means: the effective route table has a direct route to an internet gateway. */
  public static boolean isPublic(Account account, Subnet subnet) {
    return effectiveRouteTable(account, subnet)
        .map(t -> t.routes().stream().anyMatch(Route::toInternetGateway))
        .orElse(false);
  }

  /** The zone id AWS pairs with a zone name: {@code us-west-2a} becomes {@code usw2-az1}. */
  public static String zoneId(String zone) {
    String[] parts = zone.split("-");
    if (parts.length < 3 || parts[2].length() < 2) {
      return zone;
    }
    String last = parts[2];
    return parts[0].substring(0, 2)
        + parts[1].charAt(0)
        + last.substring(0, last.length() - 1)
        + "-az"
        + (last.charAt(last.length() - 1) - 'a' + 1);
  }

  /** The addresses AWS leaves free in a new subnet: the block size minus the five it reserves. */
  public static int availableAddresses(String cidr) {
    int slash = cidr.indexOf('/');
    int bits = slash < 0 ? 24 : Integer.parseInt(cidr.substring(slash + 1));
    return Math.max(0, (int) Math.pow(2, 32 - bits) - 5);
  }

  /**
   * Whether network interfaces live in a subnet: an EKS cluster's (from its creation until it is
   * gone), a managed node group's nodes', or a NAT gateway's (until it is deleted).
   */
  public static boolean hasInterfaces(Account account, String subnetId) {
    return account.clusters().values().stream().anyMatch(c -> c.subnetIds().contains(subnetId))
        || account.nodegroups().values().stream().anyMatch(n -> n.subnets().contains(subnetId))
        || account.natGateways().values().stream()
            .anyMatch(n -> n.holdsAddress() && n.subnetId().equals(subnetId));
  }

  /**
   * What still uses a security group, if anything: a cluster's interfaces, or a rule of another
   * group that names it.
   */
  public static boolean securityGroupInUse(Account account, String groupId) {
    boolean byCluster =
        account.clusters().values().stream()
            .anyMatch(
                c ->
                    c.securityGroupIds().contains(groupId)
                        || groupId.equals(c.clusterSecurityGroupId()));
    boolean byRule =
        account.securityGroups().values().stream()
            .filter(g -> !g.id().equals(groupId))
            .flatMap(g -> java.util.stream.Stream.concat(g.ingress().stream(), g.egress().stream()))
            .anyMatch(rule -> groupId.equals(rule.groupId()));
    return byCluster || byRule;
  }

  /** The zones of a region, as DescribeAvailabilityZones lists them. */
  public static java.util.List<String> zones(String region) {
    String letters =
        switch (region) {
          case "us-east-1" -> "abcdef";
          case "us-west-2", "ap-northeast-1", "ap-northeast-2" -> "abcd";
          default -> "abc";
        };
    java.util.List<String> out = new java.util.ArrayList<>();
    for (char c : letters.toCharArray()) {
      out.add(region + c);
    }
    return out;
  }
}

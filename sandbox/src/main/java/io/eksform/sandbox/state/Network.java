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
}

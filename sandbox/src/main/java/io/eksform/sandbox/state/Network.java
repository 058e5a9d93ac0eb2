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
}

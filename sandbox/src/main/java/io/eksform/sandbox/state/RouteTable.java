package io.eksform.sandbox.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An EC2 route table with its routes and its (main or explicit subnet) associations. */
public record RouteTable(
    String region,
    String id,
    String vpcId,
    List<Route> routes,
    List<Association> associations,
    Map<String, String> tags) {

  /** An association: the main one has no subnet. */
  public record Association(String id, String subnetId, boolean main) {}

  /** Normalizes collections to immutable copies. */
  public RouteTable {
    routes = List.copyOf(routes);
    associations = List.copyOf(associations);
    tags = Map.copyOf(tags);
  }

  /** Whether this is its VPC's main route table. */
  public boolean isMain() {
    return associations.stream().anyMatch(Association::main);
  }

  /** Whether a subnet is explicitly associated with this table. */
  public boolean associatedWith(String subnetId) {
    return associations.stream().anyMatch(a -> subnetId.equals(a.subnetId()));
  }

  /** A copy with one more route. */
  public RouteTable withRoute(Route route) {
    List<Route> all = new ArrayList<>(routes);
    all.add(route);
    return new RouteTable(region, id, vpcId, all, associations, tags);
  }

  /** A copy with one more association. */
  public RouteTable withAssociation(Association association) {
    List<Association> all = new ArrayList<>(associations);
    all.add(association);
    return new RouteTable(region, id, vpcId, routes, all, tags);
  }

  /** A copy with other tags. */
  public RouteTable withTags(Map<String, String> newTags) {
    return new RouteTable(region, id, vpcId, routes, associations, newTags);
  }

  /** A copy without the explicit association of a subnet. */
  public RouteTable withoutSubnet(String subnetId) {
    List<Association> kept =
        associations.stream().filter(a -> !subnetId.equals(a.subnetId())).toList();
    return new RouteTable(region, id, vpcId, routes, kept, tags);
  }

  /** A copy with other routes. */
  public RouteTable withRoutes(List<Route> newRoutes) {
    return new RouteTable(region, id, vpcId, newRoutes, associations, tags);
  }
}

package io.eksform.sandbox.state;

import java.util.List;

/**
 * An EKS update (cluster config, version, node group or add-on); {@code InProgress} until its
 * duration has passed, then {@code Successful}. Node group and add-on names are empty for cluster
 * updates.
 */
public record ClusterUpdate(
    String id,
    String region,
    String clusterName,
    String nodegroupName,
    String addonName,
    String type,
    List<Param> params,
    long createdAt,
    boolean finished) {

  /** One update parameter as EKS reports it: a type and a string value. */
  public record Param(String type, String value) {}

  /** Normalizes the params to an immutable copy. */
  public ClusterUpdate {
    params = List.copyOf(params);
  }

  /** A copy that has finished. */
  public ClusterUpdate finish() {
    return new ClusterUpdate(
        id, region, clusterName, nodegroupName, addonName, type, params, createdAt, true);
  }

  /** The value of a parameter, or null when the update has none of that type. */
  public String param(String type) {
    return params.stream()
        .filter(p -> p.type().equals(type))
        .map(Param::value)
        .findFirst()
        .orElse(null);
  }

  /** The key of the cluster the update belongs to. */
  public String clusterKey() {
    return Account.key(region, clusterName);
  }
}

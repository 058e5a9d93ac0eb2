package io.eksform.engine.live;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The EKS cluster as DescribeCluster reports it (the parts a plan compares or needs), with its
 * Kubernetes network and the IAM role it runs with ("" when not known).
 */
public record LiveCluster(
    String name,
    String arn,
    String version,
    String status,
    String endpoint,
    String certificateAuthority,
    Optional<String> oidcIssuer,
    String vpcId,
    List<String> subnetIds,
    SortedSet<String> enabledLogTypes,
    boolean endpointPublicAccess,
    boolean endpointPrivateAccess,
    Map<String, String> tags,
    ClusterNetwork network,
    String roleArn) {
  /** A cluster whose role is not known. */
  public LiveCluster(
      String name,
      String arn,
      String version,
      String status,
      String endpoint,
      String certificateAuthority,
      Optional<String> oidcIssuer,
      String vpcId,
      List<String> subnetIds,
      SortedSet<String> enabledLogTypes,
      boolean endpointPublicAccess,
      boolean endpointPrivateAccess,
      Map<String, String> tags,
      ClusterNetwork network) {
    this(
        name,
        arn,
        version,
        status,
        endpoint,
        certificateAuthority,
        oidcIssuer,
        vpcId,
        subnetIds,
        enabledLogTypes,
        endpointPublicAccess,
        endpointPrivateAccess,
        tags,
        network,
        "");
  }

  /** A cluster whose Kubernetes network is not known. */
  public LiveCluster(
      String name,
      String arn,
      String version,
      String status,
      String endpoint,
      String certificateAuthority,
      Optional<String> oidcIssuer,
      String vpcId,
      List<String> subnetIds,
      SortedSet<String> enabledLogTypes,
      boolean endpointPublicAccess,
      boolean endpointPrivateAccess,
      Map<String, String> tags) {
    this(
        name,
        arn,
        version,
        status,
        endpoint,
        certificateAuthority,
        oidcIssuer,
        vpcId,
        subnetIds,
        enabledLogTypes,
        endpointPublicAccess,
        endpointPrivateAccess,
        tags,
        ClusterNetwork.UNKNOWN);
  }

  public LiveCluster {
    subnetIds = List.copyOf(subnetIds);
    enabledLogTypes =
        java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(enabledLogTypes));
    tags = Map.copyOf(tags);
  }

  /**
   * This cluster without how to reach it (API endpoint, certificate authority): what its
   * fingerprint covers. A plan depends on the cluster's settings, not on where its API answers, and
   * a rotated certificate or a restarted sandbox on another port must not make a plan stale.
   */
  public LiveCluster withoutConnection() {
    return new LiveCluster(
        name,
        arn,
        version,
        status,
        "",
        "",
        oidcIssuer,
        vpcId,
        subnetIds,
        enabledLogTypes,
        endpointPublicAccess,
        endpointPrivateAccess,
        tags,
        network,
        roleArn);
  }

  /**
   * The cluster of that name when EKS has none: no ARN, status {@code ABSENT}, nothing else known.
   * Kinds plan its creation, and whatever runs on it as created on top of it.
   */
  public static LiveCluster absent(String name) {
    return new LiveCluster(
        name,
        "",
        "",
        ABSENT,
        "",
        "",
        Optional.empty(),
        "",
        List.of(),
        new java.util.TreeSet<>(),
        false,
        false,
        Map.of());
  }

  /**
   * This absent cluster with the subnets a config gives it: where what the plan creates on it will
   * run, known before the cluster is.
   */
  public LiveCluster placedIn(List<String> subnets) {
    return new LiveCluster(
        name,
        arn,
        version,
        status,
        endpoint,
        certificateAuthority,
        oidcIssuer,
        vpcId,
        subnets,
        enabledLogTypes,
        endpointPublicAccess,
        endpointPrivateAccess,
        tags,
        network,
        roleArn);
  }

  /** The status of a cluster EKS does not have. */
  public static final String ABSENT = "ABSENT";

  /** True when EKS has this cluster (in any state). */
  public boolean exists() {
    return !status.equals(ABSENT);
  }

  /**
   * True while the cluster is not there yet for what runs on it: EKS has none, or is still creating
   * it (an apply stopped while it was CREATING). Its creation is then planned, and waited for.
   */
  public boolean pending() {
    return !exists() || status.equals("CREATING");
  }

  /** The issuer without its scheme: the OIDC provider's URL as IAM stores it. */
  public Optional<String> issuerHostPath() {
    return oidcIssuer.map(i -> i.replaceFirst("^https://", ""));
  }
}

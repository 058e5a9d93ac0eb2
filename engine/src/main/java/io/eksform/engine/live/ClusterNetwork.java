package io.eksform.engine.live;

import java.util.Optional;

/**
 * The cluster's Kubernetes network as DescribeCluster reports it ({@code kubernetesNetworkConfig}):
 * the IP family and the service CIDRs, fixed when the cluster is created. Empty where EKS says
 * nothing (an emulator that does not report it).
 */
public record ClusterNetwork(
    Optional<String> ipFamily, Optional<String> serviceIpv4Cidr, Optional<String> serviceIpv6Cidr) {
  /** Nothing known. */
  public static final ClusterNetwork UNKNOWN =
      new ClusterNetwork(Optional.empty(), Optional.empty(), Optional.empty());
}

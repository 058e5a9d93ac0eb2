package io.eksform.sandbox.state;

import tools.jackson.databind.JsonNode;

/**
 * The creation-time settings of an EKS cluster beyond its networking and logging, kept as
 * CreateCluster received them so DescribeCluster returns them; JSON members are null when not
 * given.
 */
public record ClusterSettings(
    JsonNode encryptionConfig,
    String ipFamily,
    String serviceIpv6Cidr,
    boolean elasticLoadBalancing,
    boolean bootstrapClusterCreatorAdminPermissions,
    boolean bootstrapSelfManagedAddons,
    String supportType,
    boolean zonalShift,
    JsonNode remoteNetworkConfig,
    JsonNode computeConfig,
    JsonNode storageConfig,
    String creatorArn) {

  /**
   * Normalizes absent text members to EKS's defaults, and JSON nulls (as a state file gives them
   * back) to absent members.
   */
  public ClusterSettings {
    ipFamily = ipFamily == null ? "ipv4" : ipFamily;
    supportType = supportType == null ? "STANDARD" : supportType;
    encryptionConfig = absentIfNull(encryptionConfig);
    remoteNetworkConfig = absentIfNull(remoteNetworkConfig);
    computeConfig = absentIfNull(computeConfig);
    storageConfig = absentIfNull(storageConfig);
  }

  private static JsonNode absentIfNull(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node;
  }

  /** What EKS reports for a cluster created with no optional settings (and for seeded ones). */
  public static ClusterSettings defaults() {
    return new ClusterSettings(
        null, "ipv4", null, false, true, true, "STANDARD", false, null, null, null, null);
  }
}

package io.eksform.sandbox.state;

import java.util.List;
import java.util.Map;

/**
 * An EKS cluster as stored: identity, networking, logging, OIDC issuer id, lifecycle and the other
 * settings it was created with.
 */
public record Cluster(
    String region,
    String name,
    String arn,
    String version,
    String roleArn,
    String vpcId,
    List<String> subnetIds,
    List<String> securityGroupIds,
    String clusterSecurityGroupId,
    boolean endpointPublicAccess,
    boolean endpointPrivateAccess,
    List<String> publicAccessCidrs,
    String serviceIpv4Cidr,
    List<String> enabledLogTypes,
    String oidcId,
    String platformVersion,
    String authenticationMode,
    Map<String, String> tags,
    String clientRequestToken,
    Phase phase,
    long createdAt,
    long since,
    ClusterSettings settings) {

  /** Normalizes collections to immutable copies. */
  public Cluster {
    subnetIds = List.copyOf(subnetIds);
    securityGroupIds = List.copyOf(securityGroupIds);
    publicAccessCidrs = List.copyOf(publicAccessCidrs);
    enabledLogTypes = List.copyOf(enabledLogTypes);
    tags = Map.copyOf(tags);
    settings = settings == null ? ClusterSettings.defaults() : settings;
  }

  /** The key of this cluster in the account. */
  public String key() {
    return Account.key(region, name);
  }

  /** A copy in another phase, starting now. */
  public Cluster withPhase(Phase newPhase, long at) {
    return new Cluster(
        region,
        name,
        arn,
        version,
        roleArn,
        vpcId,
        subnetIds,
        securityGroupIds,
        clusterSecurityGroupId,
        endpointPublicAccess,
        endpointPrivateAccess,
        publicAccessCidrs,
        serviceIpv4Cidr,
        enabledLogTypes,
        oidcId,
        platformVersion,
        authenticationMode,
        tags,
        clientRequestToken,
        newPhase,
        createdAt,
        at,
        settings);
  }

  /** A copy with other tags. */
  public Cluster withTags(Map<String, String> newTags) {
    return new Cluster(
        region,
        name,
        arn,
        version,
        roleArn,
        vpcId,
        subnetIds,
        securityGroupIds,
        clusterSecurityGroupId,
        endpointPublicAccess,
        endpointPrivateAccess,
        publicAccessCidrs,
        serviceIpv4Cidr,
        enabledLogTypes,
        oidcId,
        platformVersion,
        authenticationMode,
        newTags,
        clientRequestToken,
        phase,
        createdAt,
        since,
        settings);
  }

  /** A copy with other enabled log types. */
  public Cluster withLogging(List<String> enabled) {
    return new Cluster(
        region,
        name,
        arn,
        version,
        roleArn,
        vpcId,
        subnetIds,
        securityGroupIds,
        clusterSecurityGroupId,
        endpointPublicAccess,
        endpointPrivateAccess,
        publicAccessCidrs,
        serviceIpv4Cidr,
        enabled,
        oidcId,
        platformVersion,
        authenticationMode,
        tags,
        clientRequestToken,
        phase,
        createdAt,
        since,
        settings);
  }

  /** A copy with other endpoint access settings. */
  public Cluster withEndpointAccess(
      boolean publicAccess, boolean privateAccess, List<String> cidrs) {
    return new Cluster(
        region,
        name,
        arn,
        version,
        roleArn,
        vpcId,
        subnetIds,
        securityGroupIds,
        clusterSecurityGroupId,
        publicAccess,
        privateAccess,
        cidrs,
        serviceIpv4Cidr,
        enabledLogTypes,
        oidcId,
        platformVersion,
        authenticationMode,
        tags,
        clientRequestToken,
        phase,
        createdAt,
        since,
        settings);
  }

  /** A copy running another Kubernetes version. */
  public Cluster withVersion(String newVersion) {
    return new Cluster(
        region,
        name,
        arn,
        newVersion,
        roleArn,
        vpcId,
        subnetIds,
        securityGroupIds,
        clusterSecurityGroupId,
        endpointPublicAccess,
        endpointPrivateAccess,
        publicAccessCidrs,
        serviceIpv4Cidr,
        enabledLogTypes,
        oidcId,
        platformVersion,
        authenticationMode,
        tags,
        clientRequestToken,
        phase,
        createdAt,
        since,
        settings);
  }
}

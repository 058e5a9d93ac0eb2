package io.eksform.sandbox.state;

import java.util.List;
import java.util.Map;

/**
 * A managed node group as stored; optional AWS members (disk size, launch template, node repair
 * configuration, ...) may be null inside the sandbox.
 */
public record Nodegroup(
    String region,
    String clusterName,
    String name,
    String arn,
    String version,
    String releaseVersion,
    String nodeRole,
    List<String> subnets,
    List<String> instanceTypes,
    String amiType,
    String capacityType,
    Integer diskSize,
    int minSize,
    int maxSize,
    int desiredSize,
    Integer maxUnavailable,
    Integer maxUnavailablePercentage,
    Map<String, String> labels,
    List<Taint> taints,
    Map<String, String> tags,
    String autoScalingGroup,
    LaunchTemplateRef launchTemplate,
    Phase phase,
    long createdAt,
    long modifiedAt,
    long since,
    NodeRepairConfig nodeRepairConfig) {

  /** Normalizes collections to immutable copies. */
  public Nodegroup {
    subnets = List.copyOf(subnets);
    instanceTypes = List.copyOf(instanceTypes);
    labels = Map.copyOf(labels);
    taints = List.copyOf(taints);
    tags = Map.copyOf(tags);
  }

  /** The AMI release the sandbox gives node groups of a Kubernetes version. */
  public static String releaseFor(String kubernetesVersion) {
    return kubernetesVersion + ".0-20250101";
  }

  /** The key of this node group in the account. */
  public String key() {
    return Account.key(region, clusterName, name);
  }

  /** A copy in another phase, starting at {@code at}. */
  public Nodegroup withPhase(Phase newPhase, long at) {
    return new Nodegroup(
        region,
        clusterName,
        name,
        arn,
        version,
        releaseVersion,
        nodeRole,
        subnets,
        instanceTypes,
        amiType,
        capacityType,
        diskSize,
        minSize,
        maxSize,
        desiredSize,
        maxUnavailable,
        maxUnavailablePercentage,
        labels,
        taints,
        tags,
        autoScalingGroup,
        launchTemplate,
        newPhase,
        createdAt,
        at,
        at,
        nodeRepairConfig);
  }

  /** A copy with other tags. */
  public Nodegroup withTags(Map<String, String> newTags) {
    return new Nodegroup(
        region,
        clusterName,
        name,
        arn,
        version,
        releaseVersion,
        nodeRole,
        subnets,
        instanceTypes,
        amiType,
        capacityType,
        diskSize,
        minSize,
        maxSize,
        desiredSize,
        maxUnavailable,
        maxUnavailablePercentage,
        labels,
        taints,
        newTags,
        autoScalingGroup,
        launchTemplate,
        phase,
        createdAt,
        modifiedAt,
        since,
        nodeRepairConfig);
  }

  /** A copy with another configuration (scaling, labels, taints, update config). */
  public Nodegroup withConfig(
      int min,
      int max,
      int desired,
      Integer unavailable,
      Integer unavailablePercentage,
      Map<String, String> newLabels,
      List<Taint> newTaints) {
    return new Nodegroup(
        region,
        clusterName,
        name,
        arn,
        version,
        releaseVersion,
        nodeRole,
        subnets,
        instanceTypes,
        amiType,
        capacityType,
        diskSize,
        min,
        max,
        desired,
        unavailable,
        unavailablePercentage,
        newLabels,
        newTaints,
        tags,
        autoScalingGroup,
        launchTemplate,
        phase,
        createdAt,
        modifiedAt,
        since,
        nodeRepairConfig);
  }

  /** A copy running another Kubernetes version and AMI release. */
  public Nodegroup withVersion(String newVersion, String newRelease) {
    return new Nodegroup(
        region,
        clusterName,
        name,
        arn,
        newVersion,
        newRelease,
        nodeRole,
        subnets,
        instanceTypes,
        amiType,
        capacityType,
        diskSize,
        minSize,
        maxSize,
        desiredSize,
        maxUnavailable,
        maxUnavailablePercentage,
        labels,
        taints,
        tags,
        autoScalingGroup,
        launchTemplate,
        phase,
        createdAt,
        modifiedAt,
        since,
        nodeRepairConfig);
  }

  /** A copy with another node repair configuration. */
  public Nodegroup withNodeRepairConfig(NodeRepairConfig repair) {
    return new Nodegroup(
        region,
        clusterName,
        name,
        arn,
        version,
        releaseVersion,
        nodeRole,
        subnets,
        instanceTypes,
        amiType,
        capacityType,
        diskSize,
        minSize,
        maxSize,
        desiredSize,
        maxUnavailable,
        maxUnavailablePercentage,
        labels,
        taints,
        tags,
        autoScalingGroup,
        launchTemplate,
        phase,
        createdAt,
        modifiedAt,
        since,
        repair);
  }

  /** A copy made from another version of its launch template. */
  public Nodegroup withLaunchTemplate(LaunchTemplateRef template) {
    return new Nodegroup(
        region,
        clusterName,
        name,
        arn,
        version,
        releaseVersion,
        nodeRole,
        subnets,
        instanceTypes,
        amiType,
        capacityType,
        diskSize,
        minSize,
        maxSize,
        desiredSize,
        maxUnavailable,
        maxUnavailablePercentage,
        labels,
        taints,
        tags,
        autoScalingGroup,
        template,
        phase,
        createdAt,
        modifiedAt,
        since,
        nodeRepairConfig);
  }
}

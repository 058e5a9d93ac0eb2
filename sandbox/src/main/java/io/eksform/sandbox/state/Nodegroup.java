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
    return with(
        d -> {
          d.phase = newPhase;
          d.modifiedAt = at;
          d.since = at;
        });
  }

  /** A copy with other tags. */
  public Nodegroup withTags(Map<String, String> newTags) {
    return with(d -> d.tags = newTags);
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
    return with(
        d -> {
          d.minSize = min;
          d.maxSize = max;
          d.desiredSize = desired;
          d.maxUnavailable = unavailable;
          d.maxUnavailablePercentage = unavailablePercentage;
          d.labels = newLabels;
          d.taints = newTaints;
        });
  }

  /** A copy running another Kubernetes version and AMI release. */
  public Nodegroup withVersion(String newVersion, String newRelease) {
    return with(
        d -> {
          d.version = newVersion;
          d.releaseVersion = newRelease;
        });
  }

  /** A copy with another node repair configuration. */
  public Nodegroup withNodeRepairConfig(NodeRepairConfig repair) {
    return with(d -> d.nodeRepairConfig = repair);
  }

  /** A copy made from another version of its launch template. */
  public Nodegroup withLaunchTemplate(LaunchTemplateRef template) {
    return with(d -> d.launchTemplate = template);
  }

  /** A copy with what {@code change} sets on a draft of this node group. */
  private Nodegroup with(java.util.function.Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return d.build();
  }

  /** The members of a node group, to change some before building a copy. */
  private static final class Draft {
    String region;
    String clusterName;
    String name;
    String arn;
    String version;
    String releaseVersion;
    String nodeRole;
    List<String> subnets;
    List<String> instanceTypes;
    String amiType;
    String capacityType;
    Integer diskSize;
    int minSize;
    int maxSize;
    int desiredSize;
    Integer maxUnavailable;
    Integer maxUnavailablePercentage;
    Map<String, String> labels;
    List<Taint> taints;
    Map<String, String> tags;
    String autoScalingGroup;
    LaunchTemplateRef launchTemplate;
    Phase phase;
    long createdAt;
    long modifiedAt;
    long since;
    NodeRepairConfig nodeRepairConfig;

    Draft(Nodegroup n) {
      region = n.region;
      clusterName = n.clusterName;
      name = n.name;
      arn = n.arn;
      version = n.version;
      releaseVersion = n.releaseVersion;
      nodeRole = n.nodeRole;
      subnets = n.subnets;
      instanceTypes = n.instanceTypes;
      amiType = n.amiType;
      capacityType = n.capacityType;
      diskSize = n.diskSize;
      minSize = n.minSize;
      maxSize = n.maxSize;
      desiredSize = n.desiredSize;
      maxUnavailable = n.maxUnavailable;
      maxUnavailablePercentage = n.maxUnavailablePercentage;
      labels = n.labels;
      taints = n.taints;
      tags = n.tags;
      autoScalingGroup = n.autoScalingGroup;
      launchTemplate = n.launchTemplate;
      phase = n.phase;
      createdAt = n.createdAt;
      modifiedAt = n.modifiedAt;
      since = n.since;
      nodeRepairConfig = n.nodeRepairConfig;
    }

    Nodegroup build() {
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
          nodeRepairConfig);
    }
  }
}

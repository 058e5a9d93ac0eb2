package io.eksform.engine.live;

import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.desired.NodeRepairSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A managed node group as DescribeNodegroup reports it; taint effects are converted to Kubernetes
 * spelling ({@code NO_SCHEDULE} becomes {@code NoSchedule}) so that they compare with the config.
 * The launch template and node repair configuration are empty when EKS reports none.
 */
public record LiveNodeGroup(
    String name,
    String arn,
    String status,
    List<String> instanceTypes,
    String amiType,
    String capacityType,
    int minSize,
    int maxSize,
    int desiredSize,
    Optional<Integer> diskSize,
    List<String> subnets,
    Map<String, String> labels,
    List<NodeGroupSpec.Taint> taints,
    Map<String, String> tags,
    String version,
    String nodeRole,
    Optional<Integer> maxUnavailable,
    Optional<Integer> maxUnavailablePercentage,
    Optional<LaunchTemplate> launchTemplate,
    String releaseVersion,
    Optional<NodeRepairSpec> nodeRepair) {
  public LiveNodeGroup {
    instanceTypes = List.copyOf(instanceTypes);
    subnets = subnets.stream().sorted().toList();
    labels = Map.copyOf(labels);
    taints = taints.stream().sorted().toList();
    tags = Map.copyOf(tags);
  }

  /** A group made without a launch template, AMI release or node repair settings of note. */
  public LiveNodeGroup(
      String name,
      String arn,
      String status,
      List<String> instanceTypes,
      String amiType,
      String capacityType,
      int minSize,
      int maxSize,
      int desiredSize,
      Optional<Integer> diskSize,
      List<String> subnets,
      Map<String, String> labels,
      List<NodeGroupSpec.Taint> taints,
      Map<String, String> tags,
      String version,
      String nodeRole,
      Optional<Integer> maxUnavailable,
      Optional<Integer> maxUnavailablePercentage) {
    this(
        name,
        arn,
        status,
        instanceTypes,
        amiType,
        capacityType,
        minSize,
        maxSize,
        desiredSize,
        diskSize,
        subnets,
        labels,
        taints,
        tags,
        version,
        nodeRole,
        maxUnavailable,
        maxUnavailablePercentage,
        Optional.empty(),
        "",
        Optional.empty());
  }

  /** The launch template a group is made from: its id, name and version (a number, as text). */
  public record LaunchTemplate(String id, String name, String version) {}
}

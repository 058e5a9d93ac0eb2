package io.eksform.engine.live;

import io.eksform.engine.desired.NodeGroupSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A managed node group as DescribeNodegroup reports it; taint effects are converted to Kubernetes
 * spelling ({@code NO_SCHEDULE} becomes {@code NoSchedule}) so that they compare with the config.
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
    Optional<Integer> maxUnavailablePercentage) {
  public LiveNodeGroup {
    instanceTypes = List.copyOf(instanceTypes);
    subnets = subnets.stream().sorted().toList();
    labels = Map.copyOf(labels);
    taints = taints.stream().sorted().toList();
    tags = Map.copyOf(tags);
  }
}

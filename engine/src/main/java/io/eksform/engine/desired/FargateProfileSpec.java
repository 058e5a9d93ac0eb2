package io.eksform.engine.desired;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A Fargate profile as the ClusterConfig asks for it (lists in the order written). An empty {@code
 * subnets} list means "the cluster's private subnets"; an empty role means "a pod execution role
 * eksform creates".
 */
public record FargateProfileSpec(
    String name,
    List<Selector> selectors,
    List<String> subnets,
    Optional<String> podExecutionRoleArn,
    Map<String, String> tags,
    String pointer) {
  public FargateProfileSpec {
    selectors = List.copyOf(selectors);
    subnets = List.copyOf(subnets);
    tags = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(tags));
  }
}

package io.eksform.engine.desired;

import java.util.List;
import java.util.Optional;

/**
 * Node auto repair of a managed node group, as the config sets it or EKS reports it; a member left
 * out is empty.
 */
public record NodeRepairSpec(
    Optional<Boolean> enabled,
    Optional<Integer> maxUnhealthyNodeThresholdCount,
    Optional<Integer> maxUnhealthyNodeThresholdPercentage,
    Optional<Integer> maxParallelNodesRepairedCount,
    Optional<Integer> maxParallelNodesRepairedPercentage,
    List<Override> overrides) {
  public NodeRepairSpec {
    overrides = List.copyOf(overrides);
  }

  /** The repair action and delay for one condition; a value the config leaves out is empty. */
  public record Override(
      String nodeMonitoringCondition,
      String nodeUnhealthyReason,
      Optional<Integer> minRepairWaitTimeMins,
      String repairAction) {}
}

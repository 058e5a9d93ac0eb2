package io.eksform.sandbox.state;

import java.util.List;

/**
 * A managed node group's node auto repair configuration as EKS keeps it; members the caller left
 * out are null.
 */
public record NodeRepairConfig(
    Boolean enabled,
    Integer maxUnhealthyNodeThresholdCount,
    Integer maxUnhealthyNodeThresholdPercentage,
    Integer maxParallelNodesRepairedCount,
    Integer maxParallelNodesRepairedPercentage,
    List<Override> nodeRepairConfigOverrides) {

  /** Normalizes the overrides to an immutable copy (none when absent). */
  public NodeRepairConfig {
    nodeRepairConfigOverrides =
        nodeRepairConfigOverrides == null ? List.of() : List.copyOf(nodeRepairConfigOverrides);
  }

  /** The repair action and delay for one condition the node monitoring agent reports. */
  public record Override(
      String nodeMonitoringCondition,
      String nodeUnhealthyReason,
      Integer minRepairWaitTimeMins,
      String repairAction) {}
}

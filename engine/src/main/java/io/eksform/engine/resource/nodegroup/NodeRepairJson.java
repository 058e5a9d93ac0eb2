package io.eksform.engine.resource.nodegroup;

import io.eksform.engine.desired.NodeRepairSpec;
import io.eksform.engine.plan.Json;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A node repair configuration as a plan shows and compares it: the members the config sets, each
 * from the given configuration (null when it lacks one; repair that EKS does not report is off, as
 * EKS's default is).
 */
final class NodeRepairJson {
  private NodeRepairJson() {}

  static ObjectNode of(Optional<NodeRepairSpec> value, NodeRepairSpec shape) {
    ObjectNode out = Json.object();
    if (shape.enabled().isPresent()) {
      out.put("enabled", value.flatMap(NodeRepairSpec::enabled).orElse(false));
    }
    member(
        out,
        "max_unhealthy_node_threshold_count",
        shape.maxUnhealthyNodeThresholdCount(),
        value.flatMap(NodeRepairSpec::maxUnhealthyNodeThresholdCount));
    member(
        out,
        "max_unhealthy_node_threshold_percentage",
        shape.maxUnhealthyNodeThresholdPercentage(),
        value.flatMap(NodeRepairSpec::maxUnhealthyNodeThresholdPercentage));
    member(
        out,
        "max_parallel_nodes_repaired_count",
        shape.maxParallelNodesRepairedCount(),
        value.flatMap(NodeRepairSpec::maxParallelNodesRepairedCount));
    member(
        out,
        "max_parallel_nodes_repaired_percentage",
        shape.maxParallelNodesRepairedPercentage(),
        value.flatMap(NodeRepairSpec::maxParallelNodesRepairedPercentage));
    if (!shape.overrides().isEmpty()) {
      ArrayNode overrides = out.putArray("overrides");
      value.ifPresent(
          v ->
              v.overrides()
                  .forEach(
                      o -> {
                        ObjectNode item = overrides.addObject();
                        item.put("node_monitoring_condition", o.nodeMonitoringCondition());
                        item.put("node_unhealthy_reason", o.nodeUnhealthyReason());
                        item.set(
                            "min_repair_wait_time_mins", Json.number(o.minRepairWaitTimeMins()));
                        item.put("repair_action", o.repairAction());
                      }));
    }
    return out;
  }

  private static void member(
      ObjectNode out, String key, Optional<Integer> asked, Optional<Integer> value) {
    if (asked.isPresent()) {
      out.set(key, Json.number(value));
    }
  }
}

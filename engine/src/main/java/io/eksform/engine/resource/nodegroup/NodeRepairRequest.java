package io.eksform.engine.resource.nodegroup;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.eks.model.NodeRepairConfig;
import software.amazon.awssdk.services.eks.model.NodeRepairConfigOverrides;
import tools.jackson.databind.JsonNode;

/** A plan's {@code node_repair} object as the EKS request member {@code nodeRepairConfig}. */
final class NodeRepairRequest {
  private NodeRepairRequest() {}

  static NodeRepairConfig of(JsonNode repair) {
    NodeRepairConfig.Builder b = NodeRepairConfig.builder();
    if (repair.path("enabled").isBoolean()) {
      b.enabled(repair.path("enabled").asBoolean());
    }
    b.maxUnhealthyNodeThresholdCount(integer(repair, "max_unhealthy_node_threshold_count"))
        .maxUnhealthyNodeThresholdPercentage(
            integer(repair, "max_unhealthy_node_threshold_percentage"))
        .maxParallelNodesRepairedCount(integer(repair, "max_parallel_nodes_repaired_count"))
        .maxParallelNodesRepairedPercentage(
            integer(repair, "max_parallel_nodes_repaired_percentage"));
    if (repair.has("overrides")) {
      List<NodeRepairConfigOverrides> overrides = new ArrayList<>();
      for (JsonNode o : repair.path("overrides")) {
        overrides.add(
            NodeRepairConfigOverrides.builder()
                .nodeMonitoringCondition(o.path("node_monitoring_condition").asString())
                .nodeUnhealthyReason(o.path("node_unhealthy_reason").asString())
                .minRepairWaitTimeMins(integer(o, "min_repair_wait_time_mins"))
                .repairAction(o.path("repair_action").asString())
                .build());
      }
      b.nodeRepairConfigOverrides(overrides);
    }
    return b.build();
  }

  private static Integer integer(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isIntegralNumber() ? v.asInt() : null;
  }
}

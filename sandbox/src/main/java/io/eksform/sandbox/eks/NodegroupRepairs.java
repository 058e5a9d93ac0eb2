package io.eksform.sandbox.eks;

import io.eksform.sandbox.state.NodeRepairConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code nodeRepairConfig} member of CreateNodegroup and UpdateNodegroupConfig: counts at least
 * 1, percentages 1 to 100, a count and its percentage never together, and overrides that give all
 * four values with a repair action EKS knows; anything else is an {@code
 * InvalidParameterException}.
 */
final class NodegroupRepairs {
  static final Set<String> ACTIONS = Set.of("Replace", "Reboot", "NoAction");

  private NodegroupRepairs() {}

  static NodeRepairConfig parse(Body body, String[] ids) {
    Integer unhealthyCount = count(body, "maxUnhealthyNodeThresholdCount", ids);
    Integer unhealthyPercentage = percentage(body, "maxUnhealthyNodeThresholdPercentage", ids);
    Integer parallelCount = count(body, "maxParallelNodesRepairedCount", ids);
    Integer parallelPercentage = percentage(body, "maxParallelNodesRepairedPercentage", ids);
    exclusive(
        unhealthyCount,
        unhealthyPercentage,
        "maxUnhealthyNodeThresholdCount",
        "maxUnhealthyNodeThresholdPercentage",
        ids);
    exclusive(
        parallelCount,
        parallelPercentage,
        "maxParallelNodesRepairedCount",
        "maxParallelNodesRepairedPercentage",
        ids);
    List<NodeRepairConfig.Override> overrides = new ArrayList<>();
    for (Body o : body.objects("nodeRepairConfigOverrides")) {
      String condition = o.text("nodeMonitoringCondition");
      String reason = o.text("nodeUnhealthyReason");
      Integer wait = o.integer("minRepairWaitTimeMins");
      String action = o.text("repairAction");
      if (condition == null || reason == null || wait == null || action == null) {
        throw EksErrors.invalidParameter(
            "nodeRepairConfigOverrides must specify nodeMonitoringCondition, nodeUnhealthyReason,"
                + " minRepairWaitTimeMins and repairAction",
            ids);
      }
      if (wait < 1) {
        throw EksErrors.invalidParameter("minRepairWaitTimeMins must be at least 1", ids);
      }
      if (!ACTIONS.contains(action)) {
        throw EksErrors.invalidParameter(
            "Invalid repairAction " + action + "; valid values: Replace, Reboot, NoAction", ids);
      }
      overrides.add(new NodeRepairConfig.Override(condition, reason, wait, action));
    }
    return new NodeRepairConfig(
        body.bool("enabled"),
        unhealthyCount,
        unhealthyPercentage,
        parallelCount,
        parallelPercentage,
        overrides);
  }

  private static Integer count(Body body, String member, String[] ids) {
    Integer v = body.integer(member);
    if (v != null && v < 1) {
      throw EksErrors.invalidParameter(member + " must be at least 1", ids);
    }
    return v;
  }

  private static Integer percentage(Body body, String member, String[] ids) {
    Integer v = body.integer(member);
    if (v != null && (v < 1 || v > 100)) {
      throw EksErrors.invalidParameter(member + " must be within the range 1 and 100", ids);
    }
    return v;
  }

  private static void exclusive(
      Integer count, Integer percentage, String countName, String percentageName, String[] ids) {
    if (count != null && percentage != null) {
      throw EksErrors.invalidParameter(
          "Only one of " + countName + " and " + percentageName + " can be specified", ids);
    }
  }

  /** The configuration as DescribeNodegroup reports it: members that were not set are left out. */
  static ObjectNode json(NodeRepairConfig c) {
    ObjectNode o = EksJson.object();
    if (c.enabled() != null) {
      o.put("enabled", c.enabled());
    }
    putIfSet(o, "maxUnhealthyNodeThresholdCount", c.maxUnhealthyNodeThresholdCount());
    putIfSet(o, "maxUnhealthyNodeThresholdPercentage", c.maxUnhealthyNodeThresholdPercentage());
    putIfSet(o, "maxParallelNodesRepairedCount", c.maxParallelNodesRepairedCount());
    putIfSet(o, "maxParallelNodesRepairedPercentage", c.maxParallelNodesRepairedPercentage());
    if (!c.nodeRepairConfigOverrides().isEmpty()) {
      ArrayNode overrides = o.putArray("nodeRepairConfigOverrides");
      for (NodeRepairConfig.Override x : c.nodeRepairConfigOverrides()) {
        overrides
            .addObject()
            .put("nodeMonitoringCondition", x.nodeMonitoringCondition())
            .put("nodeUnhealthyReason", x.nodeUnhealthyReason())
            .put("minRepairWaitTimeMins", x.minRepairWaitTimeMins())
            .put("repairAction", x.repairAction());
      }
    }
    return o;
  }

  private static void putIfSet(ObjectNode o, String member, Integer value) {
    if (value != null) {
      o.put(member, value);
    }
  }
}

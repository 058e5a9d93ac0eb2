package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.eks.model.InvalidParameterException;
import software.amazon.awssdk.services.eks.model.NodeRepairConfig;
import software.amazon.awssdk.services.eks.model.Nodegroup;
import software.amazon.awssdk.services.eks.model.RepairAction;

/** Node auto repair of managed node groups: set on create, changed by a config update. */
class NodegroupRepairTest {
  static final String CLUSTER = "eksworkshop-eksctl";
  @RegisterExtension final ScenarioSandbox env = ScenarioSandbox.manualClock();

  Nodegroup create(String name, Consumer<NodeRepairConfig.Builder> repair) {
    return env.clients
        .eks
        .createNodegroup(
            r ->
                r.clusterName(CLUSTER)
                    .nodegroupName(name)
                    .nodeRole("arn:aws:iam::123456789012:role/nodes")
                    .subnets("subnet-0d44444444444444d")
                    .nodeRepairConfig(repair))
        .nodegroup();
  }

  Nodegroup describe(String name) {
    return env.clients
        .eks
        .describeNodegroup(r -> r.clusterName(CLUSTER).nodegroupName(name))
        .nodegroup();
  }

  @Test
  void theConfigurationComesBackAsSent() {
    create(
        "repaired",
        c ->
            c.enabled(true)
                .maxUnhealthyNodeThresholdPercentage(20)
                .maxParallelNodesRepairedCount(1)
                .nodeRepairConfigOverrides(
                    o ->
                        o.nodeMonitoringCondition("NetworkNotReady")
                            .nodeUnhealthyReason("InterfaceNotUp")
                            .minRepairWaitTimeMins(15)
                            .repairAction(RepairAction.REBOOT)));
    NodeRepairConfig got = describe("repaired").nodeRepairConfig();
    assertTrue(got.enabled());
    assertEquals(20, got.maxUnhealthyNodeThresholdPercentage());
    assertEquals(1, got.maxParallelNodesRepairedCount());
    assertNull(got.maxUnhealthyNodeThresholdCount(), "a member not sent is not reported");
    assertEquals(RepairAction.REBOOT, got.nodeRepairConfigOverrides().get(0).repairAction());
    assertNull(
        env.clients
            .eks
            .createNodegroup(
                r ->
                    r.clusterName(CLUSTER)
                        .nodegroupName("plain")
                        .nodeRole("arn:aws:iam::123456789012:role/nodes")
                        .subnets("subnet-0d44444444444444d"))
            .nodegroup()
            .nodeRepairConfig());
  }

  @Test
  void aConfigUpdateReplacesTheConfiguration() {
    create("switched", c -> c.enabled(false));
    env.clock.advance(Duration.ofMinutes(4));
    var update =
        env.clients
            .eks
            .updateNodegroupConfig(
                r ->
                    r.clusterName(CLUSTER)
                        .nodegroupName("switched")
                        .nodeRepairConfig(c -> c.enabled(true).maxParallelNodesRepairedCount(2)))
            .update();
    assertEquals(
        java.util.List.of("NodeRepairEnabled", "NodeRepairConfig"),
        update.params().stream().map(p -> p.typeAsString()).toList());
    env.clock.advance(Duration.ofMinutes(4));
    NodeRepairConfig got = describe("switched").nodeRepairConfig();
    assertTrue(got.enabled());
    assertEquals(2, got.maxParallelNodesRepairedCount());
    assertThrows(
        InvalidParameterException.class,
        () ->
            env.clients.eks.updateNodegroupConfig(
                r ->
                    r.clusterName(CLUSTER)
                        .nodegroupName("switched")
                        .nodeRepairConfig(c -> c.enabled(true).maxParallelNodesRepairedCount(2))),
        "no change");
  }

  @Test
  void invalidConfigurationsAreRefused() {
    assertEquals(
        "Only one of maxUnhealthyNodeThresholdCount and maxUnhealthyNodeThresholdPercentage can"
            + " be specified",
        assertThrows(
                InvalidParameterException.class,
                () ->
                    create(
                        "a",
                        c ->
                            c.maxUnhealthyNodeThresholdCount(2)
                                .maxUnhealthyNodeThresholdPercentage(20)))
            .awsErrorDetails()
            .errorMessage());
    assertThrows(
        InvalidParameterException.class,
        () -> create("b", c -> c.maxParallelNodesRepairedPercentage(101)));
    assertThrows(
        InvalidParameterException.class,
        () ->
            create(
                "c",
                c ->
                    c.nodeRepairConfigOverrides(
                        o -> o.nodeMonitoringCondition("NetworkNotReady").repairAction("Reboot"))),
        "an override gives all four values");
    assertEquals(
        "Invalid repairAction Terminate; valid values: Replace, Reboot, NoAction",
        assertThrows(
                InvalidParameterException.class,
                () ->
                    create(
                        "d",
                        c ->
                            c.nodeRepairConfigOverrides(
                                o ->
                                    o.nodeMonitoringCondition("NetworkNotReady")
                                        .nodeUnhealthyReason("InterfaceNotUp")
                                        .minRepairWaitTimeMins(5)
                                        .repairAction("Terminate"))))
            .awsErrorDetails()
            .errorMessage());
    assertFalse(
        env.clients.eks.listNodegroups(r -> r.clusterName(CLUSTER)).nodegroups().contains("a"));
  }
}

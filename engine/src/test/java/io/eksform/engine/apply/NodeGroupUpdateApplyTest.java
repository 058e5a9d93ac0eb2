package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.plan.Plan;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eks.model.Nodegroup;

/**
 * What a plan updates in place on a managed node group reaches EKS: taints (in the API's spelling),
 * the update configuration and tags, on create and on update; the next plan is empty.
 */
class NodeGroupUpdateApplyTest {
  ScenarioRun run;

  @BeforeEach
  void start() {
    run = new ScenarioRun("eksworkshop");
  }

  @AfterEach
  void stop() {
    run.close();
  }

  static ClusterSpec config(String effect, int maxUnavailable, String team) {
    return ScenarioRun.config(
        "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n"
            + "metadata: {name: eksworkshop-eksctl, region: us-west-2}\n"
            + "managedNodeGroups:\n"
            + "  - name: workers\n"
            + "    instanceType: m5.large\n"
            + "    privateNetworking: true\n"
            + "    minSize: 1\n    maxSize: 3\n    desiredCapacity: 1\n"
            + "    taints:\n      - {key: dedicated, value: gpu, effect: "
            + effect
            + "}\n"
            + "    updateConfig: {maxUnavailable: "
            + maxUnavailable
            + "}\n"
            + "    tags: {team: "
            + team
            + "}\n");
  }

  Nodegroup live() {
    return run.aws
        .eks()
        .describeNodegroup(r -> r.clusterName("eksworkshop-eksctl").nodegroupName("workers"))
        .nodegroup();
  }

  void converges(ClusterSpec config) {
    run.apply(run.plan(config));
    Plan after = run.plan(config);
    assertEquals(List.of(), after.effectiveChanges(), () -> after.effectiveChanges().toString());
  }

  @Test
  void taintsUpdateConfigAndTagsAreCreatedThenUpdatedInPlace() {
    converges(config("NoSchedule", 1, "payments"));
    Nodegroup created = live();
    assertEquals("NO_SCHEDULE", created.taints().get(0).effectAsString());
    assertEquals(1, created.updateConfig().maxUnavailable());
    assertEquals("payments", created.tags().get("team"));

    ClusterSpec edited = config("PreferNoSchedule", 2, "billing");
    assertEquals(
        List.of("update managed_nodegroup.workers"),
        run.plan(edited).effectiveChanges().stream()
            .map(c -> c.action().word() + " " + c.address())
            .toList());
    converges(edited);
    Nodegroup updated = live();
    assertEquals(1, updated.taints().size(), updated.taints().toString());
    assertEquals("PREFER_NO_SCHEDULE", updated.taints().get(0).effectAsString());
    assertEquals(2, updated.updateConfig().maxUnavailable());
    assertEquals("billing", updated.tags().get("team"));
  }
}

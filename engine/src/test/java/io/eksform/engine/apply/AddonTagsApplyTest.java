package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.plan.Plan;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An add-on's tags changed in the config reach EKS, and the next plan is empty. */
class AddonTagsApplyTest {
  ScenarioRun run;

  @BeforeEach
  void start() {
    run = new ScenarioRun("eksworkshop");
  }

  @AfterEach
  void stop() {
    run.close();
  }

  static ClusterSpec config(String team) {
    return ScenarioRun.config(
        "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n"
            + "metadata: {name: eksworkshop-eksctl, region: us-west-2}\n"
            + "addons:\n  - name: kube-proxy\n    tags: {team: "
            + team
            + "}\n");
  }

  @Test
  void aTagsOnlyChangeConverges() {
    run.apply(run.plan(config("payments")));
    Plan retag = run.plan(config("billing"));
    assertEquals(
        List.of("update addon.kube-proxy"),
        retag.effectiveChanges().stream().map(c -> c.action().word() + " " + c.address()).toList());
    run.apply(retag);
    Plan after = run.plan(config("billing"));
    assertEquals(List.of(), after.effectiveChanges(), () -> after.effectiveChanges().toString());
    String arn =
        run.aws
            .eks()
            .describeAddon(r -> r.clusterName("eksworkshop-eksctl").addonName("kube-proxy"))
            .addon()
            .addonArn();
    assertEquals(
        "billing", run.aws.eks().listTagsForResource(r -> r.resourceArn(arn)).tags().get("team"));
  }
}

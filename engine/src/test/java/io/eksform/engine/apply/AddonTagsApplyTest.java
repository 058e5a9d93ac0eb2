package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.live.LiveReader;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanOptions;
import io.eksform.engine.plan.Planner;
import io.eksform.engine.plan.Provenance;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An add-on's tags changed in the config reach EKS, and the next plan is empty. */
class AddonTagsApplyTest {
  Sandbox sandbox;
  AwsClients aws;

  @BeforeEach
  void start() {
    sandbox =
        Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop").withTimeScale(0.005));
    aws = new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true));
  }

  @AfterEach
  void stop() {
    aws.close();
    sandbox.close();
  }

  static ClusterSpec config(String team) {
    String text =
        "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n"
            + "metadata: {name: eksworkshop-eksctl, region: us-west-2}\n"
            + "addons:\n  - name: kube-proxy\n    tags: {team: "
            + team
            + "}\n";
    var loaded =
        new ConfigLoader(LoadOptions.defaults(), InputStream.nullInputStream())
            .load(SourceText.of("c.yaml", text));
    return DesiredState.from(loaded.configs().get(0));
  }

  Plan plan(ClusterSpec desired) {
    return Planner.plan(
        desired,
        new LiveReader(aws, 4).read(desired),
        new PlanOptions(false, new Provenance("test", "c.yaml", "c", "p", Optional.empty())));
  }

  void apply(Plan plan) {
    ApplyResult result =
        new Applier(
                aws,
                ApplySettings.defaults()
                    .withPolling(Duration.ofMillis(100), Duration.ofMillis(200)),
                e -> {})
            .apply(plan);
    assertTrue(result.succeeded(), result.toString());
  }

  @Test
  void aTagsOnlyChangeConverges() {
    apply(plan(config("payments")));
    Plan retag = plan(config("billing"));
    assertEquals(
        List.of("update addon.kube-proxy"),
        retag.effectiveChanges().stream().map(c -> c.action().word() + " " + c.address()).toList());
    apply(retag);
    Plan after = plan(config("billing"));
    assertEquals(List.of(), after.effectiveChanges(), () -> after.effectiveChanges().toString());
    String arn =
        aws.eks()
            .describeAddon(r -> r.clusterName("eksworkshop-eksctl").addonName("kube-proxy"))
            .addon()
            .addonArn();
    assertEquals(
        "billing", aws.eks().listTagsForResource(r -> r.resourceArn(arn)).tags().get("team"));
  }
}

package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.kinds.Applier;
import io.eksform.engine.kinds.Planner;
import io.eksform.engine.live.LiveReader;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanOptions;
import io.eksform.engine.plan.Provenance;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Node groups, their role and add-ons applied to the sandbox, then scaled in place. */
class ApplierNodeGroupTest {
  Sandbox sandbox;
  AwsClients aws;

  @BeforeEach
  void start() {
    sandbox =
        Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop").withTimeScale(0.002));
    aws = new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true));
  }

  @AfterEach
  void stop() {
    aws.close();
    sandbox.close();
  }

  static ClusterSpec config(int desired) {
    String yaml =
        String.join(
            "\n",
            "apiVersion: eksctl.io/v1alpha5",
            "kind: ClusterConfig",
            "metadata:",
            "  name: eksworkshop-eksctl",
            "  region: us-west-2",
            "managedNodeGroups:",
            "  - name: ng-a",
            "    desiredCapacity: " + desired,
            "    minSize: 1",
            "    maxSize: 5",
            "    privateNetworking: true",
            "  - name: ng-b",
            "    privateNetworking: true",
            "addons:",
            "  - name: vpc-cni",
            "");
    var loaded =
        new ConfigLoader(LoadOptions.defaults(), new ByteArrayInputStream(new byte[0]))
            .load(SourceText.of("clusterconfig.yaml", yaml));
    return DesiredState.from(loaded.configs().get(0));
  }

  Plan plan(ClusterSpec desired) {
    return Planner.plan(
        desired,
        new LiveReader(aws, 8).read(desired),
        new PlanOptions(false, new Provenance("test", "c.yaml", "c", "p", Optional.empty())));
  }

  ApplyResult apply(Plan plan) {
    return new Applier(
            aws,
            ApplySettings.defaults().withPolling(Duration.ofMillis(100), Duration.ofSeconds(1)),
            e -> {})
        .apply(plan);
  }

  @Test
  void clusterLoggingIsUpdatedInPlace() {
    String yaml =
        String.join(
            "\n",
            "apiVersion: eksctl.io/v1alpha5",
            "kind: ClusterConfig",
            "metadata:",
            "  name: eksworkshop-eksctl",
            "  region: us-west-2",
            "cloudWatch:",
            "  clusterLogging:",
            "    enableTypes: [api, audit]",
            "");
    var loaded =
        new ConfigLoader(LoadOptions.defaults(), new ByteArrayInputStream(new byte[0]))
            .load(SourceText.of("clusterconfig.yaml", yaml));
    ClusterSpec desired = DesiredState.from(loaded.configs().get(0));
    Plan plan = plan(desired);
    assertEquals(Action.UPDATE, plan.effectiveChanges().get(0).action(), plan.toString());
    ApplyResult result = apply(plan);
    assertTrue(result.succeeded(), result.toString());
    assertFalse(plan(desired).hasChanges(), plan(desired).effectiveChanges().toString());
  }

  @Test
  void nodeGroupsTheirRoleAndAnAddonAreCreatedThenScaledInPlace() {
    Plan first = plan(config(2));
    ApplyResult created = apply(first);
    assertTrue(created.succeeded(), created.toString());
    assertTrue(created.done().contains("node_role"), created.toString());
    assertFalse(plan(config(2)).hasChanges(), plan(config(2)).effectiveChanges().toString());

    Plan scale = plan(config(3));
    assertEquals(1, scale.effectiveChanges().size(), scale.effectiveChanges().toString());
    assertEquals(Action.UPDATE, scale.effectiveChanges().get(0).action());
    assertTrue(apply(scale).succeeded());
    assertEquals(
        3,
        aws.eks()
            .describeNodegroup(r -> r.clusterName("eksworkshop-eksctl").nodegroupName("ng-a"))
            .nodegroup()
            .scalingConfig()
            .desiredSize());
    assertFalse(plan(config(3)).hasChanges());
  }
}

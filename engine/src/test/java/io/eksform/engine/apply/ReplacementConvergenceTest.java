package io.eksform.engine.apply;

import static io.eksform.engine.apply.ReplacementSandbox.CLUSTER;
import static io.eksform.engine.apply.ReplacementSandbox.apply;
import static io.eksform.engine.apply.ReplacementSandbox.clients;
import static io.eksform.engine.apply.ReplacementSandbox.config;
import static io.eksform.engine.apply.ReplacementSandbox.nodeGroup;
import static io.eksform.engine.apply.ReplacementSandbox.plan;
import static io.eksform.engine.apply.ReplacementSandbox.serviceAccount;
import static io.eksform.engine.apply.ReplacementSandbox.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.ReplaceStrategy;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.http.FaultRule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A replacement interrupted at either of its steps (the AWS call of the delete or of the create
 * fails) converges on the next plan and apply: the config's object exists once, and nothing the
 * replacement made or replaced is left behind.
 */
class ReplacementConvergenceTest {
  @TempDir Path dir;

  static ClusterSpec addon(String version) {
    return config("addons:", "  - name: vpc-cni", "    version: " + version);
  }

  static ClusterSpec profile(String namespace) {
    return config(
        "fargateProfiles:", "  - name: fp-a", "    selectors:", "      - namespace: " + namespace);
  }

  /** Configs applied one after another to set up, the config to replace with, what must hold. */
  record Scenario(
      List<ClusterSpec> before, ClusterSpec after, Consumer<AwsClients> leavesNothing) {}

  static Consumer<AwsClients> oneNodeGroup() {
    return aws -> {
      List<String> groups = aws.eks().listNodegroups(r -> r.clusterName(CLUSTER)).nodegroups();
      assertEquals(1, groups.size(), "no duplicate node group: " + groups);
    };
  }

  static Scenario scenario(String name) {
    return switch (name) {
      case "service-account" ->
          new Scenario(
              List.of(serviceAccount("team", Optional.of("sa-role-one"))),
              serviceAccount("team", Optional.of("sa-role-two")),
              aws ->
                  assertEquals(
                      List.of("sa-role-two"),
                      aws.iam().listRoles(r -> r.pathPrefix("/eksform/")).roles().stream()
                          .map(r -> r.roleName())
                          .toList(),
                      "no orphaned role"));
      case "node-group" ->
          new Scenario(List.of(nodeGroup("m5.large")), nodeGroup("m6i.large"), oneNodeGroup());
      case "suffixed-node-group" ->
          new Scenario(
              List.of(nodeGroup("m5.large"), nodeGroup("m6i.large")),
              nodeGroup("c5.large"),
              oneNodeGroup());
      case "fargate-profile" ->
          new Scenario(
              List.of(profile("team-a")),
              profile("team-z"),
              aws -> {
                var names =
                    aws.eks()
                        .listFargateProfiles(r -> r.clusterName(CLUSTER))
                        .fargateProfileNames();
                assertEquals(1, names.size(), "no duplicate profile: " + names);
              });
      case "addon" ->
          new Scenario(
              List.of(addon("v1.19.5-eksbuild.1")),
              addon("v1.18.6-eksbuild.1"),
              aws ->
                  assertEquals(
                      "v1.18.6-eksbuild.1",
                      aws.eks()
                          .describeAddon(r -> r.clusterName(CLUSTER).addonName("vpc-cni"))
                          .addon()
                          .addonVersion()));
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "{0}, {1}, {2} fails")
  @CsvSource({
    "service-account, destroy-before-create, DeleteRole",
    "service-account, destroy-before-create, CreateRole",
    "node-group, create-before-destroy, CreateNodegroup",
    "node-group, create-before-destroy, DeleteNodegroup",
    "node-group, destroy-before-create, DeleteNodegroup",
    "node-group, destroy-before-create, CreateNodegroup",
    "suffixed-node-group, create-before-destroy, DeleteNodegroup",
    "fargate-profile, create-before-destroy, DeleteFargateProfile",
    "fargate-profile, destroy-before-create, CreateFargateProfile",
    "addon, destroy-before-create, DeleteAddon",
    "addon, destroy-before-create, CreateAddon"
  })
  void aReplacementInterruptedAtEitherStepConverges(
      String name, String strategyWord, String failing) {
    Scenario s = scenario(name);
    Optional<ReplaceStrategy> strategy = Optional.of(ReplaceStrategy.parse(strategyWord));
    Path state = dir.resolve("state.json");
    try (Sandbox healthy = start(state, List.of());
        AwsClients aws = clients(healthy)) {
      for (ClusterSpec before : s.before()) {
        assertTrue(apply(aws, plan(aws, before, Optional.empty()), e -> {}).succeeded());
      }
    }
    FaultRule fault = new FaultRule(failing, Duration.ZERO, 0, 1.0, 0);
    try (Sandbox broken = start(state, List.of(fault));
        AwsClients aws = ReplacementSandbox.clientsTryingOnce(broken)) {
      Plan plan = plan(aws, s.after(), strategy);
      assertEquals(1, plan.count(Action.REPLACE), ReplacementApplyTest.actions(plan));
      ApplyResult first = apply(aws, plan, e -> {});
      assertFalse(first.succeeded(), "the fault in " + failing + " stops the apply");
    }
    try (Sandbox healthy = start(state, List.of());
        AwsClients aws = clients(healthy)) {
      ApplyResult second = apply(aws, plan(aws, s.after(), strategy), e -> {});
      assertTrue(second.succeeded(), second.toString());
      Plan after = plan(aws, s.after(), strategy);
      assertFalse(after.hasChanges(), ReplacementApplyTest.actions(after));
      s.leavesNothing().accept(aws);
    }
  }
}

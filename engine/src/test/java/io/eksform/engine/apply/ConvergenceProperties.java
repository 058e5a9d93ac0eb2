package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.kinds.Applier;
import io.eksform.engine.kinds.Planner;
import io.eksform.engine.live.LiveReader;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanOptions;
import io.eksform.engine.plan.Provenance;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.http.FaultRule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Over random configs (service accounts, Fargate profiles) and a random AWS operation that fails on
 * every attempt during the first apply, a second apply on the same account without the fault
 * converges: the plan after it is empty, with one OIDC provider and one role per need.
 */
class ConvergenceProperties {
  static final List<String> OPERATIONS =
      List.of(
          "CreateOpenIDConnectProvider",
          "CreateRole",
          "AttachRolePolicy",
          "ListRolePolicies",
          "ListAttachedRolePolicies",
          "CreateFargateProfile",
          "DescribeFargateProfile");

  @Property(tries = 4, seed = "20261125")
  void anyFailurePointConverges(
      @ForAll @IntRange(min = 1, max = 3) int serviceAccounts,
      @ForAll @IntRange(min = 1, max = 2) int profiles,
      @ForAll @IntRange(min = 0, max = 6) int failing)
      throws IOException {
    ClusterSpec desired = config(serviceAccounts, profiles);
    Path dir = Files.createTempDirectory("eksform-convergence");
    Path state = dir.resolve("state.json");
    try {
      FaultRule fault = new FaultRule(OPERATIONS.get(failing), Duration.ZERO, 0, 1.0, 0);
      try (Sandbox broken = ReplacementSandbox.start(state, List.of(fault));
          AwsClients aws = ReplacementSandbox.clientsTryingOnce(broken)) {
        ApplyResult first = apply(aws, plan(aws, desired));
        assertFalse(first.succeeded(), "the fault in " + fault.operation() + " stops the apply");
      }
      try (Sandbox healthy = ReplacementSandbox.start(state, List.of());
          AwsClients aws = ReplacementSandbox.clients(healthy)) {
        ApplyResult second = apply(aws, plan(aws, desired));
        assertTrue(second.succeeded(), second.toString());
        Plan after = plan(aws, desired);
        assertFalse(after.hasChanges(), after.effectiveChanges().toString());
        assertEquals(1, aws.iam().listOpenIDConnectProviders().openIDConnectProviderList().size());
        assertEquals(
            serviceAccounts + 1,
            aws.iam().listRoles(r -> r.pathPrefix("/eksform/")).roles().size(),
            "one role per service account and one pod execution role");
        assertEquals(
            profiles,
            aws.eks()
                .listFargateProfiles(r -> r.clusterName("eksworkshop-eksctl"))
                .fargateProfileNames()
                .size());
      }
    } finally {
      Files.deleteIfExists(state);
      Files.deleteIfExists(dir);
    }
  }

  static Plan plan(AwsClients aws, ClusterSpec desired) {
    return Planner.plan(
        desired,
        new LiveReader(aws, 8).read(desired),
        new PlanOptions(false, new Provenance("test", "c.yaml", "c", "p", Optional.empty())));
  }

  static ApplyResult apply(AwsClients aws, Plan plan) {
    return new Applier(
            aws,
            ApplySettings.defaults().withPolling(Duration.ofMillis(50), Duration.ofSeconds(5)),
            e -> {})
        .apply(plan);
  }

  static ClusterSpec config(int serviceAccounts, int profiles) {
    StringBuilder y = new StringBuilder();
    y.append("apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n");
    y.append("metadata:\n  name: eksworkshop-eksctl\n  region: us-west-2\n");
    y.append("iam:\n  withOIDC: true\n  serviceAccounts:\n");
    for (int i = 1; i <= serviceAccounts; i++) {
      y.append("    - metadata:\n        name: sa-")
          .append(i)
          .append("\n        namespace: team-")
          .append(i)
          .append("\n      attachPolicyARNs:\n")
          .append("        - arn:aws:iam::123456789012:policy/ProdEnvoyNamespaceIAMPolicy\n");
    }
    y.append("fargateProfiles:\n");
    for (int i = 1; i <= profiles; i++) {
      y.append("  - name: fp-")
          .append(i)
          .append("\n    selectors:\n      - namespace: team-")
          .append(i)
          .append("\n");
    }
    var loaded =
        new ConfigLoader(LoadOptions.defaults(), new ByteArrayInputStream(new byte[0]))
            .load(SourceText.of("c.yaml", y.toString()));
    return DesiredState.from(loaded.configs().get(0));
  }
}

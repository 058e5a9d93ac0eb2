package io.eksform.engine.apply;

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
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanOptions;
import io.eksform.engine.plan.Provenance;
import io.eksform.engine.plan.ReplaceStrategy;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import io.eksform.sandbox.http.FaultRule;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's eksworkshop account for replacement tests: configs from YAML, plans with a replace
 * strategy, and applies with short polls; its state lives in a file, so a sandbox that injected a
 * fault can be followed by a healthy one on the same account.
 */
final class ReplacementSandbox {
  static final String CLUSTER = "eksworkshop-eksctl";

  private ReplacementSandbox() {}

  static Sandbox start(Path state, List<FaultRule> faults) {
    return Sandbox.start(
        SandboxOptions.defaults()
            .withScenario("eksworkshop")
            .withTimeScale(0.002)
            .withStateFile(state)
            .withFaults(faults));
  }

  static AwsClients clients(Sandbox sandbox) {
    return new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true));
  }

  /**
   * Clients that try each call once, for a sandbox whose fault fails every attempt: the call fails
   * at once instead of after seven retries and seconds of backoff, and the apply stops the same
   * way.
   */
  static AwsClients clientsTryingOnce(Sandbox sandbox) {
    return new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true), 1);
  }

  /** A config of the eksworkshop cluster with these sections (YAML lines after metadata). */
  static ClusterSpec config(String... sections) {
    String yaml =
        "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n"
            + "metadata:\n  name: eksworkshop-eksctl\n  region: us-west-2\n"
            + String.join("\n", sections)
            + "\n";
    var loaded =
        new ConfigLoader(LoadOptions.defaults(), new ByteArrayInputStream(new byte[0]))
            .load(SourceText.of("clusterconfig.yaml", yaml));
    return DesiredState.from(loaded.configs().get(0));
  }

  /** A config with the one managed node group ng-a, of this instance type. */
  static ClusterSpec nodeGroup(String instanceType) {
    return config(
        "managedNodeGroups:",
        "  - name: ng-a",
        "    instanceType: " + instanceType,
        "    privateNetworking: true");
  }

  /**
   * A config with the one IAM service account sa in this namespace, with this role name (none: a
   * role eksctl names).
   */
  static ClusterSpec serviceAccount(String namespace, Optional<String> roleName) {
    return config(
        "iam:",
        "  withOIDC: true",
        "  serviceAccounts:",
        "    - metadata:",
        "        name: sa",
        "        namespace: " + namespace,
        roleName.map(n -> "      roleName: " + n).orElse("      roleOnly: false"),
        "      attachPolicyARNs:",
        "        - arn:aws:iam::123456789012:policy/ProdEnvoyNamespaceIAMPolicy");
  }

  static Plan plan(AwsClients aws, ClusterSpec desired, Optional<ReplaceStrategy> strategy) {
    return Planner.plan(
        desired,
        new LiveReader(aws, 8).read(desired),
        new PlanOptions(
            false, new Provenance("test", "c.yaml", "c", "p", Optional.empty()), strategy));
  }

  static ApplyResult apply(AwsClients aws, Plan plan, EventSink sink) {
    return new Applier(
            aws,
            ApplySettings.defaults().withPolling(Duration.ofMillis(50), Duration.ofSeconds(5)),
            sink)
        .apply(plan);
  }
}

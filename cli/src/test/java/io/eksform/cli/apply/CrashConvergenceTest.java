package io.eksform.cli.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.http.FaultRule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An apply of the seed that fails at one AWS operation (every attempt of it), then, on the same
 * account without the fault, apply again: it finishes with no duplicates and no orphaned roles.
 */
class CrashConvergenceTest {
  final String example =
      CliRun.projectDir().resolve("examples/prodcatalog/clusterconfig.yaml").toString();

  @TempDir Path dir;

  @BeforeEach
  void credentials() {
    SandboxRuns.credentials();
  }

  @AfterEach
  void clear() {
    SandboxRuns.clearCredentials();
  }

  CliRun apply(Sandbox sandbox) {
    return CliRun.of(
        "apply", "-f", example, "--endpoint-url", sandbox.endpoint().toString(), "--auto-approve");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CreateOpenIDConnectProvider",
        "CreateRole",
        "AttachRolePolicy",
        "CreateFargateProfile",
        "DescribeFargateProfile"
      })
  void aFailureAtAnyStepConvergesOnTheNextApply(String operation) {
    FaultRule fault = new FaultRule(operation, Duration.ZERO, 0, 1.0, 0);
    try (Sandbox broken = SandboxRuns.start(dir, List.of(fault))) {
      CliRun first = SandboxRuns.tryingOnce(() -> apply(broken));
      assertEquals(1, first.exitCode(), first.out() + first.err());
      assertTrue(first.out().contains("Apply incomplete"), first.out());
      assertTrue(first.out().contains("finish with: eksform apply -f"), first.out());
    }
    try (Sandbox healthy = SandboxRuns.start(dir, List.of())) {
      CliRun second = apply(healthy);
      assertEquals(0, second.exitCode(), second.out() + second.err());
      CliRun plan =
          CliRun.of(
              "plan",
              "-f",
              example,
              "--endpoint-url",
              healthy.endpoint().toString(),
              "--detailed-exitcode");
      assertEquals(0, plan.exitCode(), plan.out() + plan.err());
      try (AwsClients aws =
          new AwsClients(new AwsTarget("us-west-2", Optional.of(healthy.endpoint()), true))) {
        assertEquals(1, aws.iam().listOpenIDConnectProviders().openIDConnectProviderList().size());
        assertEquals(
            List.of(
                "eksform-eksworkshop-eksctl-fargate-pod-execution",
                "eksform-eksworkshop-eksctl-prodcatalog-ns-prodcatalog-e-af44888d"),
            aws.iam().listRoles(r -> r.pathPrefix("/eksform/")).roles().stream()
                .map(r -> r.roleName())
                .sorted()
                .toList());
        assertEquals(
            List.of("fargate-productcatalog"),
            aws.eks()
                .listFargateProfiles(r -> r.clusterName("eksworkshop-eksctl"))
                .fargateProfileNames());
      }
    }
  }
}

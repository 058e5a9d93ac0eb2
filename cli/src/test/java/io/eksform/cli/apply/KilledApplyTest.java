package io.eksform.cli.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import io.eksform.cli.EksformProcess;
import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An apply killed (SIGKILL) while the Fargate profile is being created, then run again: the second
 * apply finishes the job with no duplicate profile, provider or role.
 */
class KilledApplyTest {
  final String example =
      CliRun.projectDir().resolve("examples/prodcatalog/clusterconfig.yaml").toString();
  Sandbox sandbox;

  @BeforeEach
  void start() {
    // Fargate profiles take 6 s: long enough to kill the apply while one is CREATING.
    sandbox =
        Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop").withTimeScale(0.05));
    SandboxRuns.credentials();
  }

  @AfterEach
  void stop() {
    sandbox.close();
    SandboxRuns.clearCredentials();
  }

  @Test
  void killedWhileTheProfileIsCreatingThenAppliedAgainConverges() throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
            EksformProcess.command(
                "apply",
                "-f",
                example,
                "--endpoint-url",
                sandbox.endpoint().toString(),
                "--auto-approve"));
    pb.environment().put("AWS_ACCESS_KEY_ID", io.eksform.sandbox.http.SandboxKeys.ACCESS_KEY_ID);
    pb.environment()
        .put("AWS_SECRET_ACCESS_KEY", io.eksform.sandbox.http.SandboxKeys.SECRET_ACCESS_KEY);
    pb.redirectErrorStream(true);
    Process apply = pb.start();
    List<String> seen = new ArrayList<>();
    try (BufferedReader out = ProcessLines.of(apply)) {
      ProcessLines.readUntil(out, ProcessLines.PROFILE_CREATING, seen);
      // Give the create call time to reach EKS, then kill without any chance to clean up.
      Thread.sleep(1500);
      apply.destroyForcibly();
      assertTrue(apply.waitFor(30, TimeUnit.SECONDS));
    }
    assertTrue(seen.contains(ProcessLines.PROFILE_CREATING), seen.toString());
    try (AwsClients aws =
        new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true))) {
      assertEquals(
          "CREATING",
          aws.eks()
              .describeFargateProfile(
                  r ->
                      r.clusterName("eksworkshop-eksctl")
                          .fargateProfileName("fargate-productcatalog"))
              .fargateProfile()
              .statusAsString(),
          "the apply was killed mid-create");
    }

    CliRun again =
        CliRun.of(
            "apply",
            "-f",
            example,
            "--endpoint-url",
            sandbox.endpoint().toString(),
            "--auto-approve");
    assertEquals(0, again.exitCode(), again.out() + again.err());
    CliRun plan =
        CliRun.of(
            "plan",
            "-f",
            example,
            "--endpoint-url",
            sandbox.endpoint().toString(),
            "--detailed-exitcode");
    assertEquals(0, plan.exitCode(), plan.out() + plan.err());
    try (AwsClients aws =
        new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true))) {
      assertEquals(
          List.of("fargate-productcatalog"),
          aws.eks()
              .listFargateProfiles(r -> r.clusterName("eksworkshop-eksctl"))
              .fargateProfileNames());
      assertEquals(1, aws.iam().listOpenIDConnectProviders().openIDConnectProviderList().size());
      assertEquals(2, aws.iam().listRoles(r -> r.pathPrefix("/eksform/")).roles().size());
    }
  }
}

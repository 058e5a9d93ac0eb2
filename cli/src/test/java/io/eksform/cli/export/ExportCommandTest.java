package io.eksform.cli.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.plan.TrustPolicies;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.eks.model.FargateProfileSelector;

/** {@code eksform export} writes a config whose plan against the same account is empty. */
class ExportCommandTest {
  static final String CLUSTER = "eksworkshop-eksctl";

  @TempDir Path dir;
  Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop"));
    System.setProperty("aws.accessKeyId", io.eksform.sandbox.http.SandboxKeys.ACCESS_KEY_ID);
    System.setProperty(
        "aws.secretAccessKey", io.eksform.sandbox.http.SandboxKeys.SECRET_ACCESS_KEY);
  }

  @AfterEach
  void stop() {
    sandbox.close();
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  private void seed() {
    try (AwsClients aws =
        new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true))) {
      String podRole =
          aws.iam()
              .createRole(
                  r ->
                      r.roleName("team-fargate")
                          .assumeRolePolicyDocument(
                              TrustPolicies.podExecution(sandbox.accountId(), "us-west-2", CLUSTER)
                                  .toString()))
              .role()
              .arn();
      String nodeRole =
          aws.iam()
              .createRole(
                  r ->
                      r.roleName(ManagedNames.nodeRole(CLUSTER))
                          .path(ManagedNames.ROLE_PATH)
                          .assumeRolePolicyDocument(TrustPolicies.node().toString()))
              .role()
              .arn();
      var subnets =
          aws.eks()
              .describeCluster(r -> r.name(CLUSTER))
              .cluster()
              .resourcesVpcConfig()
              .subnetIds();
      aws.eks()
          .createFargateProfile(
              r ->
                  r.clusterName(CLUSTER)
                      .fargateProfileName("apps")
                      .podExecutionRoleArn(podRole)
                      .selectors(
                          FargateProfileSelector.builder()
                              .namespace("apps")
                              .labels(java.util.Map.of("tier", "web"))
                              .build())
                      .tags(java.util.Map.of("team", "web")));
      aws.eks()
          .createNodegroup(
              r ->
                  r.clusterName(CLUSTER)
                      .nodegroupName("general")
                      .nodeRole(nodeRole)
                      .subnets(subnets)
                      .instanceTypes("m5.large")
                      .labels(java.util.Map.of("role", "general"))
                      .scalingConfig(s -> s.minSize(1).maxSize(4).desiredSize(2)));
      aws.eks().createAddon(r -> r.clusterName(CLUSTER).addonName("vpc-cni"));
    }
  }

  @Test
  void theExportedConfigIsValidAndPlansNoChange() throws IOException {
    seed();
    Path out = dir.resolve("exported.yaml");
    CliRun export =
        CliRun.of(
            "export",
            "--cluster",
            CLUSTER,
            "--region",
            "us-west-2",
            "--endpoint-url",
            sandbox.endpoint().toString(),
            "--out",
            out.toString());
    assertEquals(0, export.exitCode(), export.err());
    String yaml = Files.readString(out);
    assertTrue(yaml.contains("name: apps"), yaml);
    assertTrue(yaml.contains("version: \"1.32\"") || yaml.contains("version: '1.32'"), yaml);
    CliRun validate = CliRun.of("validate", out.toString());
    assertEquals(0, validate.exitCode(), validate.out());
    CliRun plan =
        CliRun.of(
            "plan",
            "-f",
            out.toString(),
            "--endpoint-url",
            sandbox.endpoint().toString(),
            "--detailed-exitcode");
    assertEquals(0, plan.exitCode(), plan.out() + plan.err() + "\n" + yaml);
  }

  @Test
  void aMissingRegionIsAUsageError() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getenv("AWS_REGION") == null, "AWS_REGION is set on this machine");
    CliRun run = CliRun.of("export", "--cluster", CLUSTER);
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--region"), run.err());
  }
}

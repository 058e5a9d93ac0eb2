package io.eksform.cli.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.engine.aws.EksToken;
import io.eksform.engine.kube.KubeClients;
import io.eksform.sandbox.Sandbox;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eksform apply} end to end against an in-test sandbox over HTTP. */
class ApplyCommandTest {
  static final String CLUSTER = "eksworkshop-eksctl";
  static final String IRSA_ROLE =
      "eksform-eksworkshop-eksctl-prodcatalog-ns-prodcatalog-e-af44888d";
  static final String POD_ROLE = "eksform-eksworkshop-eksctl-fargate-pod-execution";

  final String example =
      CliRun.projectDir().resolve("examples/prodcatalog/clusterconfig.yaml").toString();

  @TempDir Path dir;
  Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = SandboxRuns.start(dir, java.util.List.of());
    SandboxRuns.credentials();
  }

  @AfterEach
  void stop() {
    sandbox.close();
    SandboxRuns.clearCredentials();
  }

  String endpoint() {
    return sandbox.endpoint().toString();
  }

  AwsClients aws() {
    return new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true));
  }

  @Test
  void theSeedAppliesEndToEndAndThenPlansNoChanges() {
    CliRun run = CliRun.of("apply", "-f", example, "--endpoint-url", endpoint(), "--auto-approve");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("Apply complete: 5 done, 0 failed, 0 not started."), run.out());
    assertTrue(run.out().contains("fargate_profile.fargate-productcatalog: created"), run.out());
    assertTrue(run.err().contains("no lock is held"), run.err());

    try (AwsClients aws = aws()) {
      assertEquals(1, aws.iam().listOpenIDConnectProviders().openIDConnectProviderList().size());
      var role = aws.iam().getRole(r -> r.roleName(IRSA_ROLE)).role();
      assertEquals("/eksform/", role.path());
      String trust = URLDecoder.decode(role.assumeRolePolicyDocument(), StandardCharsets.UTF_8);
      assertTrue(
          trust.contains("\"system:serviceaccount:prodcatalog-ns:prodcatalog-envoy-proxies\""),
          trust);
      assertEquals(1, trust.split("system:serviceaccount:").length - 1, trust);
      assertEquals(
          java.util.List.of("ProdEnvoyNamespaceIAMPolicy"),
          aws.iam().listAttachedRolePolicies(r -> r.roleName(IRSA_ROLE)).attachedPolicies().stream()
              .map(p -> p.policyName())
              .toList());
      var profile =
          aws.eks()
              .describeFargateProfile(
                  r -> r.clusterName(CLUSTER).fargateProfileName("fargate-productcatalog"))
              .fargateProfile();
      assertEquals("ACTIVE", profile.statusAsString());
      assertEquals(3, profile.subnets().size());
      assertTrue(profile.podExecutionRoleArn().endsWith("/eksform/" + POD_ROLE));
      assertEquals(
          2,
          aws.iam().listRoles(r -> r.pathPrefix("/eksform/")).roles().size(),
          "one IRSA role and one pod execution role");

      var cluster = aws.eks().describeCluster(r -> r.name(CLUSTER)).cluster();
      try (var kube =
          KubeClients.forCluster(
              cluster.endpoint(),
              cluster.certificateAuthority().data(),
              EksToken.create(aws, CLUSTER))) {
        assertTrue(kube.namespaces().withName("prodcatalog-ns").get() != null);
        var sa =
            kube.serviceAccounts()
                .inNamespace("prodcatalog-ns")
                .withName("prodcatalog-envoy-proxies")
                .get();
        assertEquals(
            role.arn(), sa.getMetadata().getAnnotations().get("eks.amazonaws.com/role-arn"));
      }
    }
    CliRun plan =
        CliRun.of("plan", "-f", example, "--endpoint-url", endpoint(), "--detailed-exitcode");
    assertEquals(0, plan.exitCode(), plan.out() + plan.err());
  }

  @Test
  void withoutATerminalAndWithoutAutoApproveNothingIsApplied() {
    CliRun run = CliRun.of("apply", "-f", example, "--endpoint-url", endpoint());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("no terminal"), run.err());
    try (AwsClients aws = aws()) {
      assertEquals(0, aws.iam().listRoles(r -> r.pathPrefix("/eksform/")).roles().size());
    }
  }

  @Test
  void aSavedPlanIsAppliedExactly() {
    Path planFile = dir.resolve("seed.plan.json");
    assertEquals(
        0,
        CliRun.of("plan", "-f", example, "--endpoint-url", endpoint(), "--out", planFile.toString())
            .exitCode());
    CliRun run = CliRun.of("apply", planFile.toString(), "--endpoint-url", endpoint());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("Apply complete: 5 done"), run.out());
  }

  @Test
  void aStalePlanIsRefusedAndNamesWhatChanged() {
    Path planFile = dir.resolve("seed.plan.json");
    CliRun.of("plan", "-f", example, "--endpoint-url", endpoint(), "--out", planFile.toString());
    try (AwsClients aws = aws()) {
      aws.iam()
          .createRole(
              r ->
                  r.roleName(POD_ROLE)
                      .path("/eksform/")
                      .assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[]}"));
    }
    CliRun run = CliRun.of("apply", planFile.toString(), "--endpoint-url", endpoint());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("is stale"), run.err());
    assertTrue(run.err().contains("iam:role/" + POD_ROLE + " appeared"), run.err());
    try (AwsClients aws = aws()) {
      assertTrue(aws.iam().listOpenIDConnectProviders().openIDConnectProviderList().isEmpty());
    }
  }

  @Test
  void jsonFormatPrintsOneEventPerLine() {
    CliRun run =
        CliRun.of(
            "apply", "-f", example, "--endpoint-url", endpoint(), "--auto-approve", "-o", "json");
    assertEquals(0, run.exitCode(), run.err());
    var lines = run.out().strip().lines().toList();
    assertTrue(lines.stream().allMatch(l -> l.startsWith("{\"event\":\"")), run.out());
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.contains("\"succeeded\"")
                        && l.contains("fargate_profile.fargate-productcatalog")),
        run.out());
    assertTrue(lines.get(lines.size() - 1).contains("\"summary\""), run.out());
  }

  @Test
  void aBadReplaceStrategyIsAUsageError() {
    CliRun run =
        CliRun.of(
            "apply", "-f", example, "--endpoint-url", endpoint(), "--replace-strategy", "later");
    assertEquals(2, run.exitCode());
    assertFalse(run.err().contains("Exception"), run.err());
  }
}

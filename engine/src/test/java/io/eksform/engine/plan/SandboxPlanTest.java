package io.eksform.engine.plan;

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
import io.eksform.engine.kinds.Planner;
import io.eksform.engine.live.LiveReader;
import io.eksform.engine.live.LiveState;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed scenario planned against the sandbox's eksworkshop account, over real HTTP. */
class SandboxPlanTest {
  static Sandbox sandbox;
  static AwsClients aws;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop"));
    aws = new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true));
  }

  @AfterAll
  static void stop() {
    aws.close();
    sandbox.close();
  }

  static ClusterSpec example() throws IOException {
    Path file =
        Path.of(System.getProperty("eksform.project.dir", ".."))
            .resolve("examples/prodcatalog/clusterconfig.yaml");
    var loaded =
        new ConfigLoader(LoadOptions.defaults(), new ByteArrayInputStream(new byte[0]))
            .load(SourceText.of("clusterconfig.yaml", Files.readString(file)));
    return DesiredState.from(loaded.configs().get(0));
  }

  static Provenance provenance() {
    return new Provenance("test", "clusterconfig.yaml", "c", "p", Optional.empty());
  }

  @Test
  void theSeedPlansTheOidcProviderNamespaceServiceAccountRoleAndProfile() throws IOException {
    ClusterSpec desired = example();
    LiveState live = new LiveReader(aws, 8).read(desired);
    assertEquals("123456789012", live.accountId());
    assertEquals(3, live.privateClusterSubnets().size());
    Plan plan = Planner.plan(desired, live, new PlanOptions(false, provenance()));
    Map<String, Action> actions =
        plan.changes().stream()
            .collect(Collectors.toMap(c -> c.address().toString(), Change::action));
    assertEquals(Action.CREATE, actions.get("oidc_provider"));
    assertEquals(Action.CREATE, actions.get("kubernetes_namespace.prodcatalog-ns"));
    assertEquals(Action.CREATE, actions.get("fargate_pod_execution_role"));
    assertEquals(
        Action.CREATE, actions.get("iam_service_account.prodcatalog-ns/prodcatalog-envoy-proxies"));
    assertEquals(Action.CREATE, actions.get("fargate_profile.fargate-productcatalog"));
    assertEquals(Action.NO_OP, actions.get("cluster"));
    assertTrue(plan.problems().isEmpty(), plan.problems().toString());
    Change profile =
        plan.changes().stream()
            .filter(c -> c.address().type().equals("fargate_profile"))
            .findFirst()
            .orElseThrow();
    assertEquals(3, profile.after().get("subnets").size());
    assertEquals(
        live.privateClusterSubnets(),
        java.util.stream.StreamSupport.stream(profile.after().get("subnets").spliterator(), false)
            .map(n -> n.asString())
            .toList());
    Change sa =
        plan.changes().stream()
            .filter(c -> c.address().type().equals("iam_service_account"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        sa.after()
            .get("attach_policy_arns")
            .toString()
            .contains("arn:aws:iam::123456789012:policy/ProdEnvoyNamespaceIAMPolicy"));
    assertFalse(plan.liveFingerprints().isEmpty());
  }

  @Test
  void planningIsDeterministic() throws IOException {
    ClusterSpec desired = example();
    Plan a =
        Planner.plan(
            desired, new LiveReader(aws, 8).read(desired), new PlanOptions(false, provenance()));
    Plan b =
        Planner.plan(
            desired, new LiveReader(aws, 1).read(desired), new PlanOptions(false, provenance()));
    assertEquals(a, b);
  }

  @Test
  void aMissingClusterIsCreatedWithAWarningNamingTheSimilarOne() throws IOException {
    ClusterSpec desired = example();
    ClusterSpec other =
        new ClusterSpec(
            "eksworkshop",
            desired.region(),
            desired.version(),
            desired.tags(),
            desired.withOidc(),
            desired.logTypes(),
            desired.endpointPublicAccess(),
            desired.endpointPrivateAccess(),
            desired.fargatePodExecutionRoleArn(),
            desired.serviceAccounts(),
            desired.fargateProfiles(),
            desired.managedNodeGroups(),
            desired.addons());
    Plan plan =
        io.eksform.engine.kinds.Planner.plan(
            other, new LiveReader(aws, 4).read(other), new PlanOptions(false, provenance()));
    var warning =
        plan.problems().stream()
            .filter(p -> p.message().contains("clusters of a similar name exist"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(plan.problems().toString()));
    assertTrue(warning.message().contains("eksworkshop-eksctl"), warning.message());
    assertEquals("/metadata/name", warning.configPointer());
    assertTrue(warning.hint().orElseThrow().contains("did you mean 'eksworkshop-eksctl'"));
    assertEquals(
        io.eksform.engine.plan.Action.CREATE,
        plan.changes().stream()
            .filter(c -> c.address().toString().equals("cluster"))
            .findFirst()
            .orElseThrow()
            .action());
  }

  @Test
  void throttlingIsRetriedUntilTheReadSucceeds() throws IOException {
    try (Sandbox throttled =
            Sandbox.start(
                SandboxOptions.defaults()
                    .withScenario("eksworkshop")
                    .withFaults(
                        java.util.List.of(
                            io.eksform.sandbox.http.FaultRule.parse("DescribeCluster:failNth=1"),
                            io.eksform.sandbox.http.FaultRule.parse(
                                "ListFargateProfiles:throttle=0.5"))));
        AwsClients clients =
            new AwsClients(new AwsTarget("us-west-2", Optional.of(throttled.endpoint()), true))) {
      LiveState live = new LiveReader(clients, 4).read(example());
      assertEquals("eksworkshop-eksctl", live.cluster().name());
    }
  }
}

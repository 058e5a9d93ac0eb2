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
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanOptions;
import io.eksform.engine.plan.Provenance;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed plan applied to the sandbox's eksworkshop account over real HTTP, then re-planned. */
class ApplierSandboxTest {
  Sandbox sandbox;
  AwsClients aws;
  final List<ApplyEvent> events = Collections.synchronizedList(new ArrayList<>());

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

  static ClusterSpec example(String yamlFile) throws IOException {
    Path file = Path.of(System.getProperty("eksform.project.dir", "..")).resolve(yamlFile);
    var loaded =
        new ConfigLoader(LoadOptions.defaults(), new ByteArrayInputStream(new byte[0]))
            .load(SourceText.of("clusterconfig.yaml", Files.readString(file)));
    return DesiredState.from(loaded.configs().get(0));
  }

  Plan plan(ClusterSpec desired) {
    var live = new LiveReader(aws, 8).read(desired);
    return Planner.plan(
        desired,
        live,
        new PlanOptions(
            false, new Provenance("test", "clusterconfig.yaml", "c", "p", Optional.empty())));
  }

  Applier applier() {
    return new Applier(
        aws,
        ApplySettings.defaults().withPolling(Duration.ofMillis(100), Duration.ofMillis(200)),
        events::add);
  }

  @Test
  void theSeedConvergesAndThenPlansNoChanges() throws IOException {
    ClusterSpec desired = example("examples/prodcatalog/clusterconfig.yaml");
    Plan plan = plan(desired);
    assertTrue(plan.hasChanges());

    ApplyResult result = applier().apply(plan);

    assertTrue(result.succeeded(), result.toString());
    assertEquals(5, result.done().size(), result.toString());
    Plan after = plan(desired);
    assertFalse(after.hasChanges(), after.effectiveChanges().toString());

    String role = "eksform-eksworkshop-eksctl-prodcatalog-ns-prodcatalog-e-af44888d";
    String trust =
        java.net.URLDecoder.decode(
            aws.iam().getRole(r -> r.roleName(role)).role().assumeRolePolicyDocument(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(
        trust.contains("system:serviceaccount:prodcatalog-ns:prodcatalog-envoy-proxies"), trust);
    assertEquals(
        List.of("ProdEnvoyNamespaceIAMPolicy"),
        aws.iam().listAttachedRolePolicies(r -> r.roleName(role)).attachedPolicies().stream()
            .map(p -> p.policyName())
            .toList());
    assertEquals(1, aws.iam().listOpenIDConnectProviders().openIDConnectProviderList().size());
    var profile =
        aws.eks()
            .describeFargateProfile(
                r ->
                    r.clusterName("eksworkshop-eksctl")
                        .fargateProfileName("fargate-productcatalog"))
            .fargateProfile();
    assertEquals("ACTIVE", profile.statusAsString());
    assertEquals(3, profile.subnets().size());
  }

  @Test
  void eventsFollowTheDependencies() throws IOException {
    Plan plan = plan(example("examples/prodcatalog/clusterconfig.yaml"));
    applier().apply(plan);
    List<String> order =
        events.stream()
            .filter(e -> e.kind() == ApplyEvent.Kind.SUCCEEDED)
            .map(ApplyEvent::address)
            .toList();
    assertTrue(
        order.indexOf("oidc_provider")
            < order.indexOf("iam_service_account.prodcatalog-ns/prodcatalog-envoy-proxies"),
        order.toString());
    assertTrue(
        order.indexOf("fargate_pod_execution_role")
            < order.indexOf("fargate_profile.fargate-productcatalog"),
        order.toString());
  }

  @Test
  void applyingTheSamePlanTwiceAdoptsWhatExists() throws IOException {
    Plan plan = plan(example("examples/prodcatalog/clusterconfig.yaml"));
    assertTrue(applier().apply(plan).succeeded());
    ApplyResult again = applier().apply(plan);
    assertTrue(again.succeeded(), again.toString());
    assertEquals(1, aws.iam().listOpenIDConnectProviders().openIDConnectProviderList().size());
    assertEquals(
        1,
        aws.eks()
            .listFargateProfiles(r -> r.clusterName("eksworkshop-eksctl"))
            .fargateProfileNames()
            .size());
  }
}

package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Adoption;
import io.eksform.engine.plan.AttributeChange;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Adopt, never churn: accounts as eksctl leaves them (the EKS workshop's Fargate chapter run with
 * eksctl; a cluster eksctl created from one of its examples), planned with the config eksctl used,
 * over real HTTP.
 */
class AdoptionSandboxTest {
  private static final String EKSCTL_POD_ROLE =
      "arn:aws:iam::123456789012:role/eksctl-eksworkshop-eksctl-FargatePodExecutionRole-JPQ56PZ7R9NL";

  ScenarioRun run;

  void start(String scenario) {
    run = new ScenarioRun(scenario);
  }

  @AfterEach
  void stop() {
    run.close();
  }

  static ClusterSpec config(String text) {
    return ScenarioRun.config(text);
  }

  static String file(String path) throws IOException {
    return Files.readString(Path.of(System.getProperty("eksform.project.dir", "..")).resolve(path));
  }

  Plan plan(ClusterSpec desired) {
    return run.plan(desired);
  }

  @Test
  void theSeedRunWithEksctlPlansNoChangeAndSaysWhatItAdopts() throws IOException {
    start("eksworkshop-eksctl-done");
    Plan plan = plan(config(file("examples/prodcatalog/clusterconfig.yaml")));
    assertEquals(List.of(), plan.effectiveChanges(), () -> plan.effectiveChanges().toString());
    assertEquals(List.of(), plan.problems());
    assertEquals(
        List.of(
            "cluster (made by eksctl)",
            "oidc_provider (made by eksctl)",
            "iam_service_account.prodcatalog-ns/prodcatalog-envoy-proxies (made by eksctl)",
            "fargate_profile.fargate-productcatalog (made by eksctl)"),
        plan.adopted().stream().map(Adoption::toString).toList());
  }

  @Test
  void aNewSelectorLabelReplacesOnlyTheProfileAndKeepsEksctlsRole() throws IOException {
    start("eksworkshop-eksctl-done");
    ClusterSpec edited =
        config(
            file("examples/prodcatalog/clusterconfig.yaml")
                .replace("app: prodcatalog", "app: prodcatalog\n          tier: web"));
    Plan plan = plan(edited);
    List<Change> changes = plan.effectiveChanges();
    assertEquals(1, changes.size(), changes::toString);
    Change replace = changes.get(0);
    assertEquals("fargate_profile.fargate-productcatalog", replace.address().toString());
    assertEquals(Action.REPLACE, replace.action());
    assertEquals(
        List.of("selectors"), replace.attributes().stream().map(AttributeChange::path).toList());
    assertEquals(EKSCTL_POD_ROLE, replace.after().get("pod_execution_role_arn").asString());

    run.apply(plan);
    Plan after = plan(edited);
    assertFalse(after.hasChanges(), after.effectiveChanges().toString());
    var profiles =
        run.aws
            .eks()
            .listFargateProfiles(r -> r.clusterName("eksworkshop-eksctl"))
            .fargateProfileNames();
    assertEquals(1, profiles.size(), profiles.toString());
    String role =
        run.aws
            .eks()
            .describeFargateProfile(
                r -> r.clusterName("eksworkshop-eksctl").fargateProfileName(profiles.get(0)))
            .fargateProfile()
            .podExecutionRoleArn();
    assertEquals(EKSCTL_POD_ROLE, role);
  }

  @Test
  void aNewProfileReusesTheRoleTheClustersProfilesShare() throws IOException {
    start("eksworkshop-eksctl-done");
    Plan plan =
        plan(
            config(
                file("examples/prodcatalog/clusterconfig.yaml")
                    + "  - name: fargate-jobs\n    selectors:\n      - namespace: jobs\n"));
    List<String> changes =
        plan.effectiveChanges().stream().map(c -> c.action().word() + " " + c.address()).toList();
    assertEquals(List.of("create fargate_profile.fargate-jobs"), changes);
    assertEquals(
        EKSCTL_POD_ROLE,
        plan.effectiveChanges().get(0).after().get("pod_execution_role_arn").asString());
  }

  @Test
  void aClusterEksctlCreatedPlansNoChangeAndARealEditPlansOnlyIt() throws IOException {
    start("eksctl-created");
    String shared = System.getProperty("eksform.shared.dir", "");
    Path example =
        Path.of(shared, "corpus", "eksctl-examples", "26-managed-nodegroup-spot-instances.yaml");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        !shared.isEmpty() && Files.isRegularFile(example),
        "the shared corpus (eksform.shared.dir) is absent; eksctl's example 26 not planned");
    String text = Files.readString(example);
    Plan plan = plan(config(text));
    assertEquals(List.of(), plan.effectiveChanges(), () -> plan.effectiveChanges().toString());
    assertEquals(List.of(), plan.problems());
    assertEquals(
        List.of(
            "cluster (made by eksctl)",
            "managed_nodegroup.on-demand (made by eksctl)",
            "managed_nodegroup.spot (made by eksctl)",
            "managed_nodegroup.spot-2 (made by eksctl)"),
        plan.adopted().stream().map(Adoption::toString).toList());

    Plan scaled =
        plan(
            config(
                text.replace(
                    "- name: spot-2\n  spot: true", "- name: spot-2\n  spot: true\n  maxSize: 4")));
    List<String> changes =
        scaled.effectiveChanges().stream().map(c -> c.action().word() + " " + c.address()).toList();
    assertEquals(List.of("update managed_nodegroup.spot-2"), changes);
  }
}

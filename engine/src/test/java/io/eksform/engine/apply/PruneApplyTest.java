package io.eksform.engine.apply;

import static io.eksform.engine.apply.ReplacementSandbox.CLUSTER;
import static io.eksform.engine.apply.ReplacementSandbox.config;
import static io.eksform.engine.apply.ReplacementSandbox.nodeGroup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.kinds.Planner;
import io.eksform.engine.live.LiveReader;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanOptions;
import io.eksform.engine.plan.Provenance;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/**
 * Objects eksform created, then removed from the config, against the sandbox over real HTTP:
 * without --prune they are listed and stay; with it exactly they are deleted, in dependency order,
 * and the next plan is empty.
 */
class PruneApplyTest extends OnReplacementSandbox {
  static final String OIDC = "iam:\n  withOIDC: true";
  static final String SERVICE_ACCOUNT =
      "iam:\n"
          + "  withOIDC: true\n"
          + "  serviceAccounts:\n"
          + "    - metadata: {name: app, namespace: team}\n"
          + "      attachPolicyARNs: [arn:aws:iam::123456789012:policy/ProdEnvoyNamespaceIAMPolicy]\n"
          + "      attachPolicy:\n"
          + "        Version: '2012-10-17'\n"
          + "        Statement: [{Effect: Allow, Action: 's3:GetObject', Resource: '*'}]";
  static final String ROLE = "eksform-eksworkshop-eksctl-team-app";

  final List<ApplyEvent> events = Collections.synchronizedList(new ArrayList<>());

  Plan plan(ClusterSpec desired, boolean prune) {
    return Planner.plan(
        desired,
        new LiveReader(aws, 8).read(desired),
        new PlanOptions(prune, new Provenance("test", "c.yaml", "c", "p", Optional.empty())));
  }

  void apply(ClusterSpec desired, boolean prune) {
    ApplyResult result = ReplacementSandbox.apply(aws, plan(desired, prune), events::add);
    assertTrue(result.succeeded(), result.toString());
  }

  static List<String> deletes(Plan plan) {
    return plan.effectiveChanges().stream()
        .peek(c -> assertEquals(Action.DELETE, c.action(), c.toString()))
        .map(c -> c.address().toString())
        .toList();
  }

  /** Applies {@code config} with --prune and checks the plan after it changes and lists nothing. */
  void pruneAndConverge(ClusterSpec config) {
    apply(config, true);
    Plan after = plan(config, true);
    assertFalse(after.hasChanges(), after.effectiveChanges().toString());
    assertEquals(List.of(), after.unmanaged());
  }

  int succeededAt(String address) {
    List<String> order =
        events.stream()
            .filter(e -> e.kind() == ApplyEvent.Kind.SUCCEEDED)
            .map(ApplyEvent::address)
            .toList();
    assertTrue(order.contains(address), order.toString());
    return order.lastIndexOf(address);
  }

  boolean roleExists(String name) {
    try {
      aws.iam().getRole(r -> r.roleName(name));
      return true;
    } catch (NoSuchEntityException e) {
      return false;
    }
  }

  @Test
  void aRemovedServiceAccountIsListedWithoutPruneAndDeletedWithItsRoleAndNamespaceWithIt() {
    apply(config(SERVICE_ACCOUNT), false);
    assertTrue(roleExists(ROLE));

    Plan listed = plan(config(OIDC), false);
    assertEquals(List.of(), deletes(listed));
    assertEquals(2, listed.unmanaged().size(), listed.unmanaged().toString());
    assertTrue(
        listed.unmanaged().get(0).startsWith("iam_service_account.team/app: created by eksform"),
        listed.unmanaged().toString());
    assertTrue(
        listed.unmanaged().get(1).startsWith("kubernetes_namespace.team: created by eksform"),
        listed.unmanaged().toString());

    Plan pruned = plan(config(OIDC), true);
    assertEquals(
        List.of("kubernetes_namespace.team", "iam_service_account.team/app"), deletes(pruned));
    pruneAndConverge(config(OIDC));

    assertFalse(roleExists(ROLE));
    try (KubeConnection kube = new KubeConnection(aws, CLUSTER)) {
      assertNull(kube.get().serviceAccounts().inNamespace("team").withName("app").get());
      assertNull(kube.get().namespaces().withName("team").get());
    }
    assertTrue(
        succeededAt("iam_service_account.team/app") < succeededAt("kubernetes_namespace.team"));
    assertEquals(1, aws.iam().listOpenIDConnectProviders().openIDConnectProviderList().size());
  }

  @Test
  void theOidcProviderGoesAfterTheServiceAccountsWhenTheConfigNoLongerAsksForIt() {
    apply(config(OIDC), false);
    assertEquals(List.of("oidc_provider"), deletes(plan(config(), true)));
    apply(config(SERVICE_ACCOUNT), false);

    Plan pruned = plan(config(), true);
    assertEquals(
        List.of("oidc_provider", "kubernetes_namespace.team", "iam_service_account.team/app"),
        deletes(pruned));
    pruneAndConverge(config());
    assertEquals(0, aws.iam().listOpenIDConnectProviders().openIDConnectProviderList().size());
    assertTrue(succeededAt("iam_service_account.team/app") < succeededAt("oidc_provider"));
  }

  @Test
  void aServiceAccountMadeRoleOnlyLosesOnlyItsKubernetesServiceAccount() {
    apply(config(SERVICE_ACCOUNT), false);
    ClusterSpec roleOnly =
        config(
            SERVICE_ACCOUNT.replace("namespace: team}", "namespace: team}\n      roleOnly: true"));

    assertEquals(List.of(), deletes(plan(roleOnly, false)));
    assertEquals(List.of("kubernetes_service_account.team/app"), deletes(plan(roleOnly, true)));
    pruneAndConverge(roleOnly);

    assertTrue(roleExists(ROLE));
    try (KubeConnection kube = new KubeConnection(aws, CLUSTER)) {
      assertNull(kube.get().serviceAccounts().inNamespace("team").withName("app").get());
      assertNotNull(kube.get().namespaces().withName("team").get());
    }
  }

  @Test
  void aNamespaceThatStillHoldsAPodIsNamedAndKept() {
    apply(config(SERVICE_ACCOUNT), false);
    try (KubeConnection kube = new KubeConnection(aws, CLUSTER)) {
      kube.get()
          .pods()
          .inNamespace("team")
          .resource(
              new PodBuilder()
                  .withNewMetadata()
                  .withName("web")
                  .endMetadata()
                  .withNewSpec()
                  .addNewContainer()
                  .withName("web")
                  .withImage("nginx")
                  .endContainer()
                  .endSpec()
                  .build())
          .create();
    }
    Plan pruned = plan(config(OIDC), true);
    assertEquals(List.of("iam_service_account.team/app"), deletes(pruned));
    assertTrue(
        pruned.unmanaged().get(0).contains("still holds 1 pod"), pruned.unmanaged().toString());
    apply(config(OIDC), true);
    try (KubeConnection kube = new KubeConnection(aws, CLUSTER)) {
      assertNotNull(kube.get().namespaces().withName("team").get());
    }
  }

  @Test
  void theNodeRoleGoesAfterTheLastNodeGroupThatUsedIt() {
    apply(nodeGroup("m5.large"), false);
    String role = "eksform-eksworkshop-eksctl-node";
    assertTrue(roleExists(role));

    assertEquals(List.of(), deletes(plan(config(), false)));
    assertEquals(List.of("node_role", "managed_nodegroup.ng-a"), deletes(plan(config(), true)));
    pruneAndConverge(config());

    assertFalse(roleExists(role));
    assertEquals(List.of(), aws.eks().listNodegroups(r -> r.clusterName(CLUSTER)).nodegroups());
    assertTrue(succeededAt("managed_nodegroup.ng-a") < succeededAt("node_role"));
  }

  @Test
  void thePodExecutionRoleGoesAfterTheLastProfileThatUsedIt() {
    apply(config("fargateProfiles:\n  - name: fp\n    selectors: [{namespace: apps}]"), false);
    String role = "eksform-eksworkshop-eksctl-fargate-pod-execution";
    assertTrue(roleExists(role));

    assertEquals(
        List.of("fargate_pod_execution_role", "fargate_profile.fp"), deletes(plan(config(), true)));
    pruneAndConverge(config());

    assertFalse(roleExists(role));
    assertThrows(
        software.amazon.awssdk.services.eks.model.ResourceNotFoundException.class,
        () ->
            aws.eks().describeFargateProfile(r -> r.clusterName(CLUSTER).fargateProfileName("fp")));
    assertTrue(succeededAt("fargate_profile.fp") < succeededAt("fargate_pod_execution_role"));
  }

  @Test
  void aPrunedProfileIsCreatedAgainByALaterApplyWithTheSameSettings() {
    ClusterSpec withProfile =
        config("fargateProfiles:\n  - name: fp\n    selectors: [{namespace: apps}]");
    apply(withProfile, false);
    pruneAndConverge(config());
    // Each apply sends its own request tokens: the first create's token would get its old reply
    // (the profile since deleted), and nothing would be created.
    apply(withProfile, false);
    assertEquals(
        "ACTIVE",
        aws.eks()
            .describeFargateProfile(r -> r.clusterName(CLUSTER).fargateProfileName("fp"))
            .fargateProfile()
            .statusAsString());
  }
}

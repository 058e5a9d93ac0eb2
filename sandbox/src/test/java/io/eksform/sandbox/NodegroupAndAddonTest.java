package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.eks.model.Addon;
import software.amazon.awssdk.services.eks.model.AddonStatus;
import software.amazon.awssdk.services.eks.model.InvalidParameterException;
import software.amazon.awssdk.services.eks.model.Nodegroup;
import software.amazon.awssdk.services.eks.model.NodegroupStatus;
import software.amazon.awssdk.services.eks.model.ResolveConflicts;
import software.amazon.awssdk.services.eks.model.ResourceInUseException;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eks.model.Taint;
import software.amazon.awssdk.services.eks.model.TaintEffect;
import software.amazon.awssdk.services.eks.model.Update;
import software.amazon.awssdk.services.eks.model.UpdateStatus;
import software.amazon.awssdk.services.eks.model.UpdateType;

/** Managed node groups and add-ons through the real EKS client. */
class NodegroupAndAddonTest {
  static final String CLUSTER = "eksworkshop-eksctl";
  @RegisterExtension final ScenarioSandbox env = ScenarioSandbox.manualClock();

  Nodegroup createNodegroup(String name, int min, int desired, int max) {
    return env.clients
        .eks
        .createNodegroup(
            r ->
                r.clusterName(CLUSTER)
                    .nodegroupName(name)
                    .nodeRole("arn:aws:iam::123456789012:role/nodes")
                    .subnets("subnet-0d44444444444444d")
                    .scalingConfig(s -> s.minSize(min).desiredSize(desired).maxSize(max))
                    .labels(Map.of("role", "app")))
        .nodegroup();
  }

  Nodegroup describeNodegroup(String name) {
    return env.clients
        .eks
        .describeNodegroup(r -> r.clusterName(CLUSTER).nodegroupName(name))
        .nodegroup();
  }

  @Test
  void nodegroupLifecycleWithConfigUpdate() {
    Nodegroup created = createNodegroup("ng-1", 1, 2, 3);
    assertEquals(NodegroupStatus.CREATING, created.status());
    assertEquals(List.of("t3.medium"), created.instanceTypes());
    assertEquals("1.32", created.version());
    env.clock.advance(Duration.ofMinutes(4));
    assertEquals(NodegroupStatus.ACTIVE, describeNodegroup("ng-1").status());
    Update u =
        env.clients
            .eks
            .updateNodegroupConfig(
                r ->
                    r.clusterName(CLUSTER)
                        .nodegroupName("ng-1")
                        .scalingConfig(s -> s.desiredSize(3))
                        .labels(
                            l -> l.addOrUpdateLabels(Map.of("tier", "web")).removeLabels("role"))
                        .taints(
                            t ->
                                t.addOrUpdateTaints(
                                    Taint.builder()
                                        .key("k")
                                        .value("v")
                                        .effect(TaintEffect.NO_SCHEDULE)
                                        .build())))
            .update();
    assertEquals(UpdateType.CONFIG_UPDATE, u.type());
    Nodegroup updating = describeNodegroup("ng-1");
    assertEquals(NodegroupStatus.UPDATING, updating.status());
    assertEquals(3, updating.scalingConfig().desiredSize());
    assertEquals(Map.of("tier", "web"), updating.labels());
    assertEquals(TaintEffect.NO_SCHEDULE, updating.taints().get(0).effect());
    assertThrows(
        ResourceInUseException.class,
        () ->
            env.clients.eks.updateNodegroupConfig(
                r ->
                    r.clusterName(CLUSTER)
                        .nodegroupName("ng-1")
                        .scalingConfig(s -> s.desiredSize(1))));
    env.clock.advance(Duration.ofMinutes(3));
    assertEquals(
        UpdateStatus.SUCCESSFUL,
        env.clients
            .eks
            .describeUpdate(r -> r.name(CLUSTER).updateId(u.id()).nodegroupName("ng-1"))
            .update()
            .status());
    assertEquals(NodegroupStatus.ACTIVE, describeNodegroup("ng-1").status());
    InvalidParameterException bad =
        assertThrows(
            InvalidParameterException.class,
            () ->
                env.clients.eks.updateNodegroupConfig(
                    r ->
                        r.clusterName(CLUSTER)
                            .nodegroupName("ng-1")
                            .scalingConfig(s -> s.minSize(5))));
    assertEquals(
        "Minimum capacity 5 can't be greater than desired size 3",
        bad.awsErrorDetails().errorMessage());
    assertEquals(
        NodegroupStatus.DELETING,
        env.clients
            .eks
            .deleteNodegroup(r -> r.clusterName(CLUSTER).nodegroupName("ng-1"))
            .nodegroup()
            .status());
    env.clock.advance(Duration.ofMinutes(4));
    ResourceNotFoundException gone =
        assertThrows(ResourceNotFoundException.class, () -> describeNodegroup("ng-1"));
    assertEquals("No node group found for name: ng-1.", gone.awsErrorDetails().errorMessage());
  }

  @Test
  void nodegroupValidations() {
    InvalidParameterException scaling =
        assertThrows(InvalidParameterException.class, () -> createNodegroup("ng", 3, 2, 4));
    assertEquals(
        "minSize can't be greater than desiredSize", scaling.awsErrorDetails().errorMessage());
    assertThrows(InvalidParameterException.class, () -> createNodegroup("ng", 1, 5, 4));
    createNodegroup("ng", 1, 1, 1);
    ResourceInUseException dup =
        assertThrows(ResourceInUseException.class, () -> createNodegroup("ng", 1, 1, 1));
    assertEquals(
        "NodeGroup already exists with name ng and cluster name eksworkshop-eksctl",
        dup.awsErrorDetails().errorMessage());
    ResourceInUseException blocked =
        assertThrows(
            ResourceInUseException.class,
            () -> env.clients.eks.deleteCluster(r -> r.name(CLUSTER)));
    assertEquals("Cluster has nodegroups attached", blocked.awsErrorDetails().errorMessage());
  }

  @Test
  void addonLifecycleAndCatalog() {
    Addon created =
        env.clients.eks.createAddon(r -> r.clusterName(CLUSTER).addonName("vpc-cni")).addon();
    assertEquals(AddonStatus.CREATING, created.status());
    assertEquals("v1.19.5-eksbuild.1", created.addonVersion());
    ResourceInUseException early =
        assertThrows(
            ResourceInUseException.class,
            () ->
                env.clients.eks.updateAddon(
                    r ->
                        r.clusterName(CLUSTER)
                            .addonName("vpc-cni")
                            .addonVersion("v1.19.2-eksbuild.1")));
    assertEquals(
        "Addon vpc-cni cannot be updated as it is currently in CREATING state",
        early.awsErrorDetails().errorMessage());
    env.clock.advance(Duration.ofMinutes(2));
    Update u =
        env.clients
            .eks
            .updateAddon(
                r -> r.clusterName(CLUSTER).addonName("vpc-cni").addonVersion("v1.19.2-eksbuild.1"))
            .update();
    assertEquals(UpdateType.ADDON_UPDATE, u.type());
    env.clock.advance(Duration.ofMinutes(2));
    Addon updated =
        env.clients.eks.describeAddon(r -> r.clusterName(CLUSTER).addonName("vpc-cni")).addon();
    assertEquals(AddonStatus.ACTIVE, updated.status());
    assertEquals("v1.19.2-eksbuild.1", updated.addonVersion());
    assertEquals(
        List.of("vpc-cni"), env.clients.eks.listAddons(r -> r.clusterName(CLUSTER)).addons());
    assertEquals(
        "Addon already exists.",
        assertThrows(
                ResourceInUseException.class,
                () -> env.clients.eks.createAddon(r -> r.clusterName(CLUSTER).addonName("vpc-cni")))
            .awsErrorDetails()
            .errorMessage());
    env.clients.eks.deleteAddon(r -> r.clusterName(CLUSTER).addonName("vpc-cni"));
    env.clock.advance(Duration.ofMinutes(1));
    assertThrows(
        ResourceNotFoundException.class,
        () -> env.clients.eks.describeAddon(r -> r.clusterName(CLUSTER).addonName("vpc-cni")));
    var versions =
        env.clients
            .eks
            .describeAddonVersions(r -> r.kubernetesVersion("1.32").addonName("coredns"))
            .addons();
    assertEquals("coredns", versions.get(0).addonName());
    assertTrue(versions.get(0).addonVersions().get(0).compatibilities().get(0).defaultVersion());
    assertFalse(
        env.clients.eks.describeAddonVersions(r -> r.kubernetesVersion("1.32")).addons().isEmpty());
    assertThrows(
        InvalidParameterException.class,
        () -> env.clients.eks.createAddon(r -> r.clusterName(CLUSTER).addonName("nope")));
  }

  @Test
  void kubeProxyShipsOneLinePerKubernetesMinor() {
    var kubeProxy =
        env.clients
            .eks
            .describeAddonVersions(r -> r.kubernetesVersion("1.33").addonName("kube-proxy"))
            .addons()
            .get(0);
    assertEquals(
        List.of("v1.33.3-eksbuild.4"),
        kubeProxy.addonVersions().stream().map(v -> v.addonVersion()).toList());
    assertTrue(kubeProxy.addonVersions().get(0).compatibilities().get(0).defaultVersion());
    Addon created =
        env.clients.eks.createAddon(r -> r.clusterName(CLUSTER).addonName("kube-proxy")).addon();
    assertEquals(
        "v1.32.3-eksbuild.7", created.addonVersion(), "the default for the cluster's 1.32");
    assertEquals(
        "community",
        env.clients
            .eks
            .describeAddonVersions(r -> r.addonName("metrics-server"))
            .addons()
            .get(0)
            .owner());
  }

  @Test
  void anAddOnKeepsTheNamespaceItWasCreatedIn() {
    Addon created =
        env.clients
            .eks
            .createAddon(
                r ->
                    r.clusterName(CLUSTER)
                        .addonName("aws-ebs-csi-driver")
                        .namespaceConfig(n -> n.namespace("storage"))
                        .resolveConflicts(ResolveConflicts.OVERWRITE))
            .addon();
    assertEquals("storage", created.namespaceConfig().namespace());
    env.clock.advance(Duration.ofMinutes(2));
    assertEquals(
        "storage",
        env.clients
            .eks
            .describeAddon(r -> r.clusterName(CLUSTER).addonName("aws-ebs-csi-driver"))
            .addon()
            .namespaceConfig()
            .namespace());
    Addon plain =
        env.clients.eks.createAddon(r -> r.clusterName(CLUSTER).addonName("coredns")).addon();
    assertEquals(null, plain.namespaceConfig());
  }

  @Test
  void aNamespaceMustBeADnsLabel() {
    for (String bad : List.of("", "Storage", "-storage", "a".repeat(64))) {
      InvalidParameterException e =
          assertThrows(
              InvalidParameterException.class,
              () ->
                  env.clients.eks.createAddon(
                      r ->
                          r.clusterName(CLUSTER)
                              .addonName("coredns")
                              .namespaceConfig(n -> n.namespace(bad))),
              bad);
      assertTrue(e.awsErrorDetails().errorMessage().contains(bad), e.getMessage());
    }
    assertThrows(
        ResourceNotFoundException.class,
        () -> env.clients.eks.describeAddon(r -> r.clusterName(CLUSTER).addonName("coredns")));
  }

  @Test
  void resolveConflictsTakesEksValuesOnCreateAndUpdate() {
    InvalidParameterException bad =
        assertThrows(
            InvalidParameterException.class,
            () ->
                env.clients.eks.createAddon(
                    r -> r.clusterName(CLUSTER).addonName("kube-proxy").resolveConflicts("MERGE")));
    assertTrue(
        bad.awsErrorDetails().errorMessage().contains("[OVERWRITE, NONE, PRESERVE]"),
        bad.getMessage());
    env.clients.eks.createAddon(
        r ->
            r.clusterName(CLUSTER)
                .addonName("kube-proxy")
                .resolveConflicts(ResolveConflicts.PRESERVE));
    env.clock.advance(Duration.ofMinutes(2));
    assertThrows(
        InvalidParameterException.class,
        () ->
            env.clients.eks.updateAddon(
                r -> r.clusterName(CLUSTER).addonName("kube-proxy").resolveConflicts("MERGE")));
    Update u =
        env.clients
            .eks
            .updateAddon(
                r ->
                    r.clusterName(CLUSTER)
                        .addonName("kube-proxy")
                        .resolveConflicts(ResolveConflicts.NONE))
            .update();
    assertTrue(
        u.params().stream()
            .anyMatch(p -> p.typeAsString().equals("ResolveConflicts") && p.value().equals("NONE")),
        u.params().toString());
  }
}

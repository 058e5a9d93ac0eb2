package io.eksform.engine.plan;

import static io.eksform.engine.plan.PruneFixtures.CLUSTER;
import static io.eksform.engine.plan.PruneFixtures.account;
import static io.eksform.engine.plan.PruneFixtures.change;
import static io.eksform.engine.plan.PruneFixtures.config;
import static io.eksform.engine.plan.PruneFixtures.deletes;
import static io.eksform.engine.plan.PruneFixtures.eksctl;
import static io.eksform.engine.plan.PruneFixtures.eksform;
import static io.eksform.engine.plan.PruneFixtures.empty;
import static io.eksform.engine.plan.PruneFixtures.namespace;
import static io.eksform.engine.plan.PruneFixtures.nodeGroup;
import static io.eksform.engine.plan.PruneFixtures.oidc;
import static io.eksform.engine.plan.PruneFixtures.plan;
import static io.eksform.engine.plan.PruneFixtures.profile;
import static io.eksform.engine.plan.PruneFixtures.profileSpec;
import static io.eksform.engine.plan.PruneFixtures.role;
import static io.eksform.engine.plan.PruneFixtures.serviceAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.desired.AddonSpec;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.desired.ServiceAccountSpec;
import io.eksform.engine.live.LiveNamespace;
import io.eksform.engine.live.LiveRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Deletion completeness, per kind: what eksform created and the config no longer wants is deleted
 * with --prune and listed without it; what others created is only listed, or not touched.
 */
class PrunePlanTest {
  static final String SA_ROLE = "eksform-c-team-app";
  static final String NODE_ROLE = ManagedNames.nodeRole(CLUSTER);
  static final String POD_ROLE = ManagedNames.podExecutionRole(CLUSTER);

  static PruneFixtures.Live serviceAccountEksformMade() {
    PruneFixtures.Live live = new PruneFixtures.Live();
    live.role(role(SA_ROLE, eksform("iam_service_account.team/app")));
    live.role(role("eksform-other-team-app", Map.of("eksform.io/managed-by", "eksform")));
    live.role(
        role(
            "eksform-d-team-app", ManagedNames.ownershipTags("d", "iam_service_account.team/app")));
    live.accounts.add(account("team", "app", true));
    live.accounts.add(account("team", "theirs", false));
    return live;
  }

  @Test
  void aServiceAccountRemovedFromTheConfigLeavesWithTheRoleEksformMadeOnlyWithPrune() {
    var live = serviceAccountEksformMade().state();

    Plan pruned = plan(empty(), live, true);
    assertEquals(List.of("iam_service_account.team/app"), deletes(pruned));
    Change delete = change(pruned, "iam_service_account.team/app").orElseThrow();
    assertEquals("[\"" + SA_ROLE + "\"]", delete.before().get("role_names").toString());
    assertTrue(delete.before().has("annotations"), delete.before().toString());
    assertEquals(
        List.of("not in the config, created by eksform, and --prune is set"), delete.reasons());

    Plan listed = plan(empty(), live, false);
    assertEquals(List.of(), deletes(listed));
    assertEquals(
        List.of(
            "iam_service_account.team/app: created by eksform but no longer in the config"
                + " (--prune deletes it)"),
        listed.unmanaged());
  }

  @Test
  void aRoleEksformMadeIsPrunedEvenWithoutItsKubernetesServiceAccount() {
    var live = new PruneFixtures.Live().role(role("custom", eksform("iam_service_account.x/y")));
    Change delete =
        change(plan(empty(), live.state(), true), "iam_service_account.x/y").orElseThrow();
    assertEquals("[\"custom\"]", delete.before().get("role_names").toString());
    assertTrue(!delete.before().has("annotations"), delete.before().toString());
  }

  @Test
  void aRoleEksformMadeForAServiceAccountThatNowNamesAnotherIsNamed() {
    ServiceAccountSpec attached =
        new ServiceAccountSpec(
            "team",
            "app",
            List.of(),
            Optional.empty(),
            Optional.of("arn:aws:iam::123456789012:role/theirs"),
            Optional.empty(),
            Optional.empty(),
            false,
            Map.of(),
            Map.of(),
            Map.of(),
            "/iam/serviceAccounts/0");
    var config = config(true, List.of(attached), List.of(), List.of(), List.of());
    var live = serviceAccountEksformMade();
    live.oidc = Optional.of(oidc(eksform("oidc_provider")));
    Plan plan = plan(config, live.state(), true);
    assertTrue(
        plan.unmanaged().stream()
            .anyMatch(
                u ->
                    u.startsWith(
                        "IAM role "
                            + SA_ROLE
                            + ": made by eksform for service account"
                            + " team/app, which now names attachRoleARN")),
        plan.unmanaged()::toString);
  }

  @Test
  void aServiceAccountMadeRoleOnlyLosesTheKubernetesServiceAccountEksformCreated() {
    var config =
        config(true, List.of(serviceAccount("team", "app", true)), List.of(), List.of(), List.of());
    var live = serviceAccountEksformMade();
    live.oidc = Optional.of(oidc(eksform("oidc_provider")));

    Plan pruned = plan(config, live.state(), true);
    assertEquals(List.of("kubernetes_service_account.team/app"), deletes(pruned));
    assertTrue(
        change(pruned, "kubernetes_service_account.team/app")
            .orElseThrow()
            .reasons()
            .get(0)
            .startsWith("roleOnly is set"));
    Plan listed = plan(config, live.state(), false);
    assertEquals(List.of(), deletes(listed));
    assertTrue(
        listed.unmanaged().get(0).startsWith("kubernetes_service_account.team/app: created by"),
        listed.unmanaged().toString());

    var foreign = new PruneFixtures.Live();
    foreign.oidc = live.oidc;
    foreign.accounts.add(account("team", "app", false));
    Plan kept = plan(config, foreign.state(), true);
    assertEquals(List.of(), deletes(kept));
    assertTrue(
        kept.unmanaged().get(0).endsWith("is left in the cluster"), kept.unmanaged()::toString);
  }

  @Test
  void theOidcProviderEksformMadeLeavesAfterTheServiceAccountsWhenNothingNeedsIt() {
    var live = serviceAccountEksformMade();
    live.oidc = Optional.of(oidc(eksform("oidc_provider")));

    Plan pruned = plan(empty(), live.state(), true);
    Change oidc = change(pruned, "oidc_provider").orElseThrow();
    assertEquals(Action.DELETE, oidc.action());
    assertEquals(List.of(ResourceAddress.parse("iam_service_account.team/app")), oidc.dependsOn());
    assertTrue(
        oidc.reasons().get(0).startsWith("iam.withOIDC is not set"), oidc.reasons()::toString);

    Plan wanted =
        plan(config(true, List.of(), List.of(), List.of(), List.of()), live.state(), true);
    assertEquals(Action.NO_OP, change(wanted, "oidc_provider").orElseThrow().action());

    AddonSpec irsa =
        new AddonSpec(
            "vpc-cni",
            Optional.empty(),
            Optional.of("arn:aws:iam::1:role/cni"),
            Optional.empty(),
            Map.of(),
            "/addons/0");
    Plan kept =
        plan(config(false, List.of(), List.of(), List.of(), List.of(irsa)), live.state(), true);
    assertTrue(change(kept, "oidc_provider").isEmpty(), kept.changes()::toString);
    assertTrue(
        kept.unmanaged().stream().anyMatch(u -> u.contains("add-on vpc-cni")),
        kept.unmanaged()::toString);
  }

  @Test
  void theOidcProviderLeavesAfterTheAddOnsWithAServiceAccountRoleAndStaysForOthers() {
    var live = new PruneFixtures.Live();
    live.oidc = Optional.of(oidc(eksform("oidc_provider")));
    live.addons.add(
        PruneFixtures.addon(
            "vpc-cni", Optional.of("arn:aws:iam::1:role/cni"), eksform("addon.vpc-cni")));
    Change oidc = change(plan(empty(), live.state(), true), "oidc_provider").orElseThrow();
    assertEquals(List.of(ResourceAddress.parse("addon.vpc-cni")), oidc.dependsOn());

    live.addons.add(PruneFixtures.addon("theirs", Optional.of("arn:aws:iam::1:role/x"), Map.of()));
    Plan kept = plan(empty(), live.state(), true);
    assertEquals(List.of("addon.vpc-cni"), deletes(kept));
    assertTrue(
        kept.unmanaged().stream().anyMatch(u -> u.contains("add-on theirs has a service account")),
        kept.unmanaged()::toString);
  }

  @Test
  void anOidcProviderEksformDidNotMakeIsOnlyListed() {
    var live = new PruneFixtures.Live();
    live.oidc = Optional.of(oidc(eksctl()));
    Plan plan = plan(empty(), live.state(), true);
    assertEquals(List.of(), deletes(plan));
    assertEquals(List.of("oidc_provider: not managed by this config"), plan.unmanaged());
  }

  @Test
  void theNodeRoleLeavesAfterTheNodeGroupsThatUsedIt() {
    var live = new PruneFixtures.Live().role(role(NODE_ROLE, eksform("node_role")));
    String arn = live.roles.get(NODE_ROLE).arn();
    live.groups.add(nodeGroup("ng-old", arn, eksform("managed_nodegroup.ng-old")));

    Plan pruned = plan(empty(), live.state(), true);
    assertEquals(List.of("node_role", "managed_nodegroup.ng-old"), deletes(pruned));
    assertEquals(
        List.of(ResourceAddress.parse("managed_nodegroup.ng-old")),
        change(pruned, "node_role").orElseThrow().dependsOn());
    Plan listed = plan(empty(), live.state(), false);
    assertEquals(List.of(), deletes(listed));
    assertTrue(
        listed
            .unmanaged()
            .contains(
                "node_role: created by eksform but no managed node group of the config or of the"
                    + " cluster uses it (--prune deletes it)"),
        listed.unmanaged()::toString);

    live.groups.add(nodeGroup("theirs", arn, Map.of()));
    Plan used = plan(empty(), live.state(), true);
    assertEquals(List.of("managed_nodegroup.ng-old"), deletes(used));
    assertTrue(
        used.unmanaged().stream()
            .anyMatch(u -> u.startsWith("node_role:") && u.contains("managed_nodegroup.theirs")),
        used.unmanaged()::toString);
  }

  @Test
  void theNodeRoleStaysWhileANodeGroupOfTheConfigWouldTakeIt() {
    var live = new PruneFixtures.Live().role(role(NODE_ROLE, eksform("node_role")));
    NodeGroupSpec ng =
        new NodeGroupSpec(
            "ng",
            List.of("m5.large"),
            Optional.empty(),
            Optional.of(1),
            Optional.of(2),
            Optional.of(1),
            Optional.empty(),
            false,
            true,
            List.of(),
            Map.of(),
            List.of(),
            Map.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "/managedNodeGroups/0");
    Plan plan =
        plan(config(false, List.of(), List.of(), List.of(ng), List.of()), live.state(), true);
    assertEquals(List.of(), deletes(plan));
  }

  @Test
  void thePodExecutionRoleLeavesAfterTheProfilesThatUsedIt() {
    var live = new PruneFixtures.Live().role(role(POD_ROLE, eksform("fargate_pod_execution_role")));
    String arn = live.roles.get(POD_ROLE).arn();
    live.profiles.add(profile("fp-old", arn, eksform("fargate_profile.fp-old")));

    Plan pruned = plan(empty(), live.state(), true);
    assertEquals(List.of("fargate_pod_execution_role", "fargate_profile.fp-old"), deletes(pruned));
    assertEquals(
        List.of(ResourceAddress.parse("fargate_profile.fp-old")),
        change(pruned, "fargate_pod_execution_role").orElseThrow().dependsOn());

    LiveRole foreign = role(POD_ROLE, Map.of());
    var unowned = new PruneFixtures.Live().role(foreign);
    Plan listed = plan(empty(), unowned.state(), true);
    assertEquals(List.of(), deletes(listed));
    assertEquals(
        List.of("fargate_pod_execution_role: not managed by this config"), listed.unmanaged());
  }

  @Test
  void anEmptyNamespaceEksformMadeLeavesAfterItsServiceAccounts() {
    var live = serviceAccountEksformMade();
    live.accounts.remove(1);
    live.namespaces.add(namespace("team", List.of("app"), 0));

    Plan pruned = plan(empty(), live.state(), true);
    Change ns = change(pruned, "kubernetes_namespace.team").orElseThrow();
    assertEquals(Action.DELETE, ns.action());
    assertEquals(List.of(ResourceAddress.parse("iam_service_account.team/app")), ns.dependsOn());
    Plan listed = plan(empty(), live.state(), false);
    assertTrue(
        listed.unmanaged().stream()
            .anyMatch(u -> u.startsWith("kubernetes_namespace.team: created by eksform but empty")),
        listed.unmanaged()::toString);
  }

  @Test
  void aNamespaceThatStillHoldsSomethingOrIsStillNamedStays() {
    var live = new PruneFixtures.Live();
    live.namespaces.add(namespace("busy", List.of(), 2));
    live.namespaces.add(namespace("shared", List.of("theirs"), 0));
    live.namespaces.add(namespace("apps-1", List.of(), 0));
    live.namespaces.add(
        new LiveNamespace(
            "going", Map.of(ManagedNames.MANAGED_BY_LABEL, "eksform"), true, List.of(), 0));
    var config =
        config(false, List.of(), List.of(profileSpec("fp", "apps-*")), List.of(), List.of());

    Plan plan = plan(config, live.state(), true);
    assertEquals(List.of(), deletes(plan));
    assertEquals(
        List.of(
            "kubernetes_namespace.busy: created by eksform and no service account or Fargate"
                + " selector of the config names it, but it still holds 2 pods; eksform deletes"
                + " only an empty namespace",
            "kubernetes_namespace.shared: created by eksform and no service account or Fargate"
                + " selector of the config names it, but it still holds service account theirs;"
                + " eksform deletes only an empty namespace"),
        plan.unmanaged());
  }
}

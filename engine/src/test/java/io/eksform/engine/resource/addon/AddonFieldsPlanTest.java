package io.eksform.engine.resource.addon;

import static io.eksform.engine.plan.ReplacementFixtures.change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.kinds.Planner;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.live.LiveAddon;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.live.LiveState;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Adoption;
import io.eksform.engine.plan.AttributeChange;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.LiveFromDesired;
import io.eksform.engine.plan.NotActedOn;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanOptions;
import io.eksform.engine.plan.PlanProblem;
import io.eksform.engine.plan.ReplacementFixtures;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.plan.TrustPolicies;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Add-on fields a plan carries out: resolveConflicts, namespaceConfig, and the IRSA role made from
 * attachPolicyARNs, attachPolicy, wellKnownPolicies and permissionsBoundary.
 */
class AddonFieldsPlanTest {
  static final String ROLE = ManagedNames.addonRole("c", "vpc-cni");
  static final String ROLE_ARN = "arn:aws:iam::123456789012:role/eksform/" + ROLE;
  static final String CNI_POLICY = "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy";

  static ClusterSpec configWith(String iam, String... addonLines) {
    String yaml =
        "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: c\n"
            + "  region: us-west-2\n"
            + iam
            + "addons:\n  - name: vpc-cni\n"
            + String.join("\n", addonLines)
            + "\n";
    var loaded =
        new ConfigLoader(LoadOptions.defaults(), InputStream.nullInputStream())
            .load(SourceText.of("c.yaml", yaml));
    return DesiredState.from(loaded.configs().get(0));
  }

  static ClusterSpec config(String... addonLines) {
    return configWith("iam:\n  withOIDC: true\n", addonLines);
  }

  static LiveState live(List<LiveAddon> addons, LiveRole... roles) {
    return ReplacementFixtures.live(List.of(), addons, List.of(roles), List.of());
  }

  static LiveAddon liveAddon(Optional<String> roleArn, Optional<String> namespace) {
    return new LiveAddon(
        "vpc-cni",
        "arn:addon/vpc-cni",
        "ACTIVE",
        "v1.19.5-eksbuild.1",
        roleArn,
        Optional.empty(),
        Map.of(),
        namespace);
  }

  static Plan plan(ClusterSpec desired, LiveState live, boolean prune) {
    return Planner.plan(
        desired, live, new PlanOptions(prune, ReplacementFixtures.PROVENANCE, Optional.empty()));
  }

  static LiveRole eksformRole() {
    return new LiveRole(
        ROLE,
        ROLE_ARN,
        "{}",
        List.of(CNI_POLICY),
        Map.of(),
        ManagedNames.ownershipTags("c", "addon_role.vpc-cni"),
        Optional.empty());
  }

  static List<String> errors(Plan plan) {
    return plan.problems().stream()
        .filter(p -> p.severity() == Severity.ERROR)
        .map(PlanProblem::configPointer)
        .toList();
  }

  @Test
  void policiesGiveTheAddOnARoleItIsCreatedWith() {
    Plan plan =
        plan(
            config(
                "    attachPolicyARNs: [" + CNI_POLICY + "]",
                "    permissionsBoundary: arn:aws:iam::123456789012:policy/boundary"),
            live(List.of()),
            false);
    Change role = change(plan, "addon_role.vpc-cni");
    assertEquals(Action.CREATE, role.action());
    assertEquals("[\"" + CNI_POLICY + "\"]", role.after().get("attach_policy_arns").toString());
    assertEquals(
        "arn:aws:iam::123456789012:policy/boundary",
        role.after().get("permissions_boundary").asString());
    Change addon = change(plan, "addon.vpc-cni");
    assertEquals(ROLE_ARN, addon.after().get("service_account_role_arn").asString());
    assertEquals(List.of(role.address()), addon.dependsOn());
  }

  @Test
  void anExistingAddOnMovesToTheRoleItsPoliciesAskFor() {
    Plan plan =
        plan(
            config("    wellKnownPolicies: {ebsCSIController: true}"),
            live(List.of(liveAddon(Optional.empty(), Optional.empty()))),
            false);
    Change addon = change(plan, "addon.vpc-cni");
    assertEquals(Action.UPDATE, addon.action());
    assertEquals(
        List.of("service_account_role_arn"),
        addon.attributes().stream().map(AttributeChange::path).toList());
  }

  @Test
  void aRoleThatMatchesChangesNothing() {
    Plan plan =
        plan(
            config("    attachPolicyARNs: [" + CNI_POLICY + "]"),
            live(List.of(liveAddon(Optional.of(ROLE_ARN), Optional.empty())), eksformRole()),
            false);
    assertEquals(Action.UPDATE, change(plan, "addon_role.vpc-cni").action(), "trust differs");
    assertFalse(change(plan, "addon.vpc-cni").isChange());
  }

  @Test
  void theRoleEksctlMadeForTheAddOnIsAdoptedNotReplaced() {
    String name = "eksctl-c-addon-vpc-cni-Role1-1A2B3C4D5E6F";
    String arn = "arn:aws:iam::123456789012:role/" + name;
    LiveRole eksctls =
        new LiveRole(
            name,
            arn,
            TrustPolicies.serviceAccount(
                    "123456789012", LiveFromDesired.ISSUER, "kube-system", "aws-node")
                .toString(),
            List.of(CNI_POLICY),
            Map.of(),
            Map.of(ManagedNames.EKSCTL_CLUSTER_TAG, "c"),
            Optional.empty());
    Plan plan =
        plan(
            config("    attachPolicyARNs: [" + CNI_POLICY + "]"),
            live(List.of(liveAddon(Optional.of(arn), Optional.empty())), eksctls),
            false);
    assertEquals(List.of(), plan.effectiveChanges(), () -> plan.effectiveChanges().toString());
    assertTrue(
        plan.adopted()
            .contains(
                new Adoption(ResourceAddress.of(ResourceAddress.ADDON_ROLE, "vpc-cni"), "eksctl")),
        plan.adopted()::toString);
  }

  @Test
  void twoWaysToGiveThePermissionsAreAnErrorAtTheSecond() {
    Plan plan =
        plan(
            config(
                "    serviceAccountRoleARN: arn:aws:iam::123456789012:role/cni",
                "    attachPolicyARNs: [" + CNI_POLICY + "]"),
            live(List.of()),
            false);
    assertEquals(List.of("/addons/0/attachPolicyARNs"), errors(plan));
    assertTrue(
        plan.changes().stream().noneMatch(c -> c.address().type().equals("addon_role")),
        plan.changes().toString());
  }

  @Test
  void withoutAnOidcProviderTheRoleIsAnErrorNotASilentOmission() {
    LiveState noProvider = LiveFromDesired.empty("c", "1.31");
    Plan plan =
        plan(
            configWith(
                "iam:\n  withOIDC: false\n", "    wellKnownPolicies: {ebsCSIController: true}"),
            noProvider,
            false);
    assertEquals(List.of("/addons/0/wellKnownPolicies"), errors(plan));
  }

  @Test
  void resolveConflictsIsSentUpperCasedAndItsAbsenceIsNamed() {
    Change set =
        change(
            plan(config("    resolveConflicts: overwrite"), live(List.of()), false),
            "addon.vpc-cni");
    assertEquals("OVERWRITE", set.after().get("resolve_conflicts").asString());
    Change unset =
        change(
            plan(config("    version: v1.19.5-eksbuild.1"), live(List.of()), false),
            "addon.vpc-cni");
    assertFalse(unset.after().has("resolve_conflicts"));
    assertTrue(
        unset.reasons().stream().anyMatch(r -> r.contains("resolveConflicts is not set")),
        unset.reasons().toString());
  }

  @Test
  void resolveConflictsAloneChangesNothingAndIsNamedAsNotActedOn() {
    Plan plan =
        plan(
            config("    resolveConflicts: preserve"),
            live(List.of(liveAddon(Optional.empty(), Optional.empty()))),
            false);
    assertFalse(plan.hasChanges(), plan.effectiveChanges().toString());
    assertEquals(
        List.of("/addons/0/resolveConflicts"),
        plan.notActedOn().stream().map(NotActedOn::pointer).toList());
  }

  @Test
  void theNamespaceIsSentOnCreateAndCheckedAfter() {
    String ns = "    namespaceConfig: {namespace: networking}";
    Change create = change(plan(config(ns), live(List.of()), false), "addon.vpc-cni");
    assertEquals("networking", create.after().get("namespace").asString());

    Plan same =
        plan(
            config(ns),
            live(List.of(liveAddon(Optional.empty(), Optional.of("networking")))),
            false);
    assertFalse(same.hasChanges());
    assertTrue(same.problems().isEmpty(), same.problems().toString());

    Plan other =
        plan(
            config(ns),
            live(List.of(liveAddon(Optional.empty(), Optional.of("kube-system")))),
            false);
    assertEquals(List.of("/addons/0/namespaceConfig/namespace"), errors(other));
    assertTrue(other.problems().get(0).message().contains("cannot change it"));

    Plan unknown =
        plan(config(ns), live(List.of(liveAddon(Optional.empty(), Optional.empty()))), false);
    assertEquals(Severity.WARNING, unknown.problems().get(0).severity());
    assertFalse(unknown.hasErrors());
  }

  @Test
  void aBoundaryWithoutPoliciesBoundsNothingAndSaysSo() {
    Plan plan =
        plan(
            config(
                "    serviceAccountRoleARN: arn:aws:iam::123456789012:role/cni",
                "    permissionsBoundary: arn:aws:iam::123456789012:policy/boundary"),
            live(List.of()),
            false);
    assertEquals(
        List.of("/addons/0/permissionsBoundary"),
        plan.notActedOn().stream().map(NotActedOn::pointer).toList());
  }

  @Test
  void aRoleTheAddOnStillUsesIsKeptWhenItsPoliciesLeaveTheConfig() {
    Plan plan =
        plan(
            config("    version: v1.19.5-eksbuild.1"),
            live(List.of(liveAddon(Optional.of(ROLE_ARN), Optional.empty())), eksformRole()),
            true);
    assertTrue(
        plan.changes().stream().noneMatch(c -> c.address().type().equals("addon_role")),
        plan.changes().toString());
    assertTrue(
        plan.unmanaged().stream().anyMatch(u -> u.startsWith("addon_role.vpc-cni:")),
        plan.unmanaged().toString());
  }

  @Test
  void aRoleTheAddOnLeavesIsDeletedAfterItWithPrune() {
    ClusterSpec other = config("    serviceAccountRoleARN: arn:aws:iam::123456789012:role/cni");
    LiveState live =
        live(List.of(liveAddon(Optional.of(ROLE_ARN), Optional.empty())), eksformRole());
    Change delete = change(plan(other, live, true), "addon_role.vpc-cni");
    assertEquals(Action.DELETE, delete.action());
    assertEquals(List.of(ResourceAddress.of("addon", "vpc-cni")), delete.dependsOn());
    Plan kept = plan(other, live, false);
    assertTrue(
        kept.unmanaged().stream().anyMatch(u -> u.contains("--prune deletes it")),
        kept.unmanaged().toString());
  }

  @Test
  void theRoleOfAnAddOnPrunedGoesWithIt() {
    ClusterSpec none =
        DesiredState.from(
            new ConfigLoader(LoadOptions.defaults(), InputStream.nullInputStream())
                .load(
                    SourceText.of(
                        "c.yaml",
                        "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n"
                            + "  name: c\n  region: us-west-2\n"))
                .configs()
                .get(0));
    Map<String, String> tags = new TreeMap<>(Map.of(ManagedNames.TAG_CLUSTER, "c"));
    LiveAddon owned =
        new LiveAddon(
            "vpc-cni",
            "arn:addon/vpc-cni",
            "ACTIVE",
            "v1",
            Optional.of(ROLE_ARN),
            Optional.empty(),
            tags);
    Plan plan = plan(none, live(List.of(owned), eksformRole()), true);
    assertEquals(Action.DELETE, change(plan, "addon.vpc-cni").action());
    assertEquals(Action.DELETE, change(plan, "addon_role.vpc-cni").action());
  }
}

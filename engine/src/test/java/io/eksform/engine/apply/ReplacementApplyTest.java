package io.eksform.engine.apply;

import static io.eksform.engine.apply.ReplacementSandbox.CLUSTER;
import static io.eksform.engine.apply.ReplacementSandbox.apply;
import static io.eksform.engine.apply.ReplacementSandbox.config;
import static io.eksform.engine.apply.ReplacementSandbox.nodeGroup;
import static io.eksform.engine.apply.ReplacementSandbox.plan;
import static io.eksform.engine.apply.ReplacementSandbox.serviceAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.ReplaceStrategy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/** Replacements applied to the sandbox, each as the plan recorded it, then re-planned. */
class ReplacementApplyTest extends OnReplacementSandbox {
  static final Optional<ReplaceStrategy> DEFAULT = Optional.empty();
  static final String NG = "managed_nodegroup.ng-a";
  static final String ADDON = "addon.vpc-cni";
  static final String PROFILE = "fargate_profile.fp-a";

  List<String> nodeGroups() {
    return aws.eks().listNodegroups(r -> r.clusterName(CLUSTER)).nodegroups();
  }

  List<String> profiles() {
    return aws.eks().listFargateProfiles(r -> r.clusterName(CLUSTER)).fargateProfileNames();
  }

  /** A config with the one Fargate profile fp-a, selecting this namespace and label app. */
  static ClusterSpec profile(String namespace, String app) {
    return config(
        "fargateProfiles:",
        "  - name: fp-a",
        "    selectors:",
        "      - namespace: " + namespace,
        "        labels:",
        "          app: " + app);
  }

  static String actions(Plan plan) {
    return plan.effectiveChanges().stream()
        .map(c -> c.action().word() + " " + c.address())
        .toList()
        .toString();
  }

  /** Applies the plan of {@code desired}, asserting what it does to {@code address}. */
  Change applyOne(
      ClusterSpec desired, Optional<ReplaceStrategy> strategy, String address, Action expected) {
    Plan plan = plan(aws, desired, strategy);
    Change change =
        plan.changes().stream()
            .filter(c -> c.address().toString().equals(address))
            .findFirst()
            .orElseThrow(() -> new AssertionError(actions(plan)));
    assertEquals(expected, change.action(), actions(plan) + " " + change.reasons());
    ApplyResult result = apply(aws, plan, e -> {});
    assertTrue(result.succeeded(), result.toString());
    Plan after = plan(aws, desired, strategy);
    assertFalse(after.hasChanges(), actions(after));
    return change;
  }

  @Test
  void aNodeGroupReplacedCreateBeforeDestroyGetsASuffixedNameAndTheNextPlanIsEmpty() {
    assertTrue(apply(aws, plan(aws, nodeGroup("m5.large"), DEFAULT), e -> {}).succeeded());
    Change c = applyOne(nodeGroup("m6i.large"), DEFAULT, NG, Action.REPLACE);
    assertEquals(ReplaceStrategy.CREATE_BEFORE_DESTROY, c.replacement().get().strategy());
    List<String> names = nodeGroups();
    assertEquals(1, names.size(), names.toString());
    assertTrue(names.get(0).startsWith("ng-a-"), names.toString());
    assertEquals(
        List.of("m6i.large"),
        aws.eks()
            .describeNodegroup(r -> r.clusterName(CLUSTER).nodegroupName(names.get(0)))
            .nodegroup()
            .instanceTypes());

    // Back to the first type, destroy-before-create: the config's name again.
    Change back =
        applyOne(
            nodeGroup("m5.large"),
            Optional.of(ReplaceStrategy.DESTROY_BEFORE_CREATE),
            NG,
            Action.REPLACE);
    assertEquals(ReplaceStrategy.DESTROY_BEFORE_CREATE, back.replacement().get().strategy());
    assertEquals(List.of("ng-a"), nodeGroups());
  }

  @Test
  void aFargateProfileReplacedTwiceLeavesOnlyTheLastStandIn() {
    applyOne(profile("team-a", "v1"), DEFAULT, PROFILE, Action.CREATE);
    applyOne(profile("team-a", "v2"), DEFAULT, PROFILE, Action.REPLACE);
    String first = profiles().get(0);
    Change second = applyOne(profile("team-a", "v3"), DEFAULT, PROFILE, Action.REPLACE);
    assertEquals(first, second.before().get("name").asString(), "the stand-in is replaced");
    List<String> names = profiles();
    assertEquals(1, names.size(), names.toString());
    assertNotEquals(first, names.get(0));
    assertEquals(
        "v3",
        aws.eks()
            .describeFargateProfile(r -> r.clusterName(CLUSTER).fargateProfileName(names.get(0)))
            .fargateProfile()
            .selectors()
            .get(0)
            .labels()
            .get("app"));
  }

  @Test
  void aFargateProfileMovedToAnotherNamespaceAndBackLeavesOneProfile() {
    applyOne(profile("team-a", "web"), DEFAULT, PROFILE, Action.CREATE);
    applyOne(profile("team-b", "web"), DEFAULT, PROFILE, Action.REPLACE);
    applyOne(profile("team-a", "web"), DEFAULT, PROFILE, Action.REPLACE);
    assertEquals(1, profiles().size(), profiles().toString());
  }

  @Test
  void aNodeGroupReplacedTwiceLeavesOnlyTheLastStandIn() {
    applyOne(nodeGroup("m5.large"), DEFAULT, NG, Action.CREATE);
    applyOne(nodeGroup("m6i.large"), DEFAULT, NG, Action.REPLACE);
    applyOne(nodeGroup("c5.large"), DEFAULT, NG, Action.REPLACE);
    List<String> names = nodeGroups();
    assertEquals(1, names.size(), names.toString());
    assertTrue(names.get(0).startsWith("ng-a-"), names.toString());
  }

  @Test
  void anAddOnDowngradeIsDeletedThenCreatedAtTheLowerVersion() {
    String newer = "addons:\n  - name: vpc-cni\n    version: v1.19.5-eksbuild.1";
    String older = "addons:\n  - name: vpc-cni\n    version: v1.18.6-eksbuild.1";
    applyOne(config(newer), DEFAULT, ADDON, Action.CREATE);
    Change c = applyOne(config(older), DEFAULT, ADDON, Action.REPLACE);
    assertEquals(ReplaceStrategy.DESTROY_BEFORE_CREATE, c.replacement().get().strategy());
    var addon = aws.eks().describeAddon(r -> r.clusterName(CLUSTER).addonName("vpc-cni")).addon();
    assertEquals("v1.18.6-eksbuild.1", addon.addonVersion());
    assertEquals("ACTIVE", addon.statusAsString());
  }

  @Test
  void aServiceAccountWhoseRoleIsRenamedGetsTheNewRoleAndTheOldOneIsDeleted() {
    applyOne(
        serviceAccount("team", Optional.of("sa-role-one")),
        DEFAULT,
        "iam_service_account.team/sa",
        Action.CREATE);
    Change c =
        applyOne(
            serviceAccount("team", Optional.of("sa-role-two")),
            DEFAULT,
            "iam_service_account.team/sa",
            Action.REPLACE);
    assertEquals("sa-role-one", c.before().get("role_name").asString());
    assertThrows(
        NoSuchEntityException.class, () -> aws.iam().getRole(r -> r.roleName("sa-role-one")));
    String arn = aws.iam().getRole(r -> r.roleName("sa-role-two")).role().arn();
    try (KubeConnection kube = new KubeConnection(aws, CLUSTER)) {
      var sa = kube.get().serviceAccounts().inNamespace("team").withName("sa").get();
      assertEquals(arn, sa.getMetadata().getAnnotations().get("eks.amazonaws.com/role-arn"));
    }
  }

  @Test
  void aServiceAccountMovedToAnotherNamespaceLeavesNothingBehind() {
    applyOne(
        serviceAccount("team-old", Optional.empty()),
        DEFAULT,
        "iam_service_account.team-old/sa",
        Action.CREATE);
    String oldRole =
        aws.iam().listRoles(r -> r.pathPrefix("/eksform/")).roles().stream()
            .filter(r -> r.roleName().contains("team-old"))
            .findFirst()
            .orElseThrow()
            .roleName();
    Change c =
        applyOne(
            serviceAccount("team-new", Optional.empty()),
            DEFAULT,
            "iam_service_account.team-new/sa",
            Action.REPLACE);
    assertEquals("team-old", c.before().get("namespace").asString());
    List<String> roles =
        aws.iam().listRoles(r -> r.pathPrefix("/eksform/")).roles().stream()
            .map(r -> r.roleName())
            .toList();
    assertFalse(roles.contains(oldRole), roles.toString());
    assertEquals(1, roles.size(), roles.toString());
    assertNotEquals(oldRole, roles.get(0));
    try (KubeConnection kube = new KubeConnection(aws, CLUSTER)) {
      assertNull(kube.get().serviceAccounts().inNamespace("team-old").withName("sa").get());
      assertTrue(kube.get().serviceAccounts().inNamespace("team-new").withName("sa").get() != null);
    }
  }
}

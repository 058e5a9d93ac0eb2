package io.eksform.engine.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.Provenance;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IntentPlannerTest {
  private static final Provenance PROVENANCE =
      new Provenance("test", "c.yaml", "digest", "policies", Optional.empty());

  static String config(String namespace, int desired, boolean withAccount) {
    return "apiVersion: eksctl.io/v1alpha5\n"
        + "kind: ClusterConfig\n"
        + "metadata:\n"
        + "  name: shop\n"
        + "  region: eu-west-1\n"
        + "  version: \"1.31\"\n"
        + "iam:\n"
        + "  withOIDC: true\n"
        + (withAccount
            ? "  serviceAccounts:\n"
                + "    - metadata: {name: catalog, namespace: shop}\n"
                + "      attachPolicyARNs: [\"arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\"]\n"
            : "")
        + "fargateProfiles:\n"
        + "  - name: fp-apps\n"
        + "    selectors:\n"
        + "      - namespace: "
        + namespace
        + "\n"
        + "managedNodeGroups:\n"
        + "  - name: ng-1\n"
        + "    instanceType: m5.large\n"
        + "    minSize: 1\n"
        + "    maxSize: 10\n"
        + "    desiredCapacity: "
        + desired
        + "\n"
        + "addons:\n"
        + "  - name: vpc-cni\n"
        + "    version: v1.18.0-eksbuild.1\n";
  }

  static ClusterSpec spec(String text) {
    var loaded =
        new ConfigLoader(LoadOptions.defaults(), InputStream.nullInputStream())
            .load(SourceText.of("c.yaml", text));
    return DesiredState.from(loaded.configs().get(0));
  }

  private static Map<String, Action> actions(Plan plan) {
    return plan.changes().stream()
        .collect(Collectors.toMap(c -> c.address().toString(), Change::action));
  }

  @Test
  void sameVersionOnBothSidesChangesNothing() {
    ClusterSpec spec = spec(config("apps", 2, true));
    IntentPlan intent = IntentPlanner.plan(Optional.of(spec), spec, PROVENANCE);
    assertFalse(intent.plan().hasChanges(), () -> actions(intent.plan()).toString());
    assertFalse(intent.added());
  }

  @Test
  void changedSelectorReplacesTheProfileAndScalingUpdatesTheNodeGroup() {
    IntentPlan intent =
        IntentPlanner.plan(
            Optional.of(spec(config("apps", 2, true))), spec(config("web", 4, true)), PROVENANCE);
    Map<String, Action> actions = actions(intent.plan());
    assertEquals(Action.REPLACE, actions.get("fargate_profile.fp-apps"), actions.toString());
    assertEquals(Action.UPDATE, actions.get("managed_nodegroup.ng-1"), actions.toString());
    assertEquals(2, intent.plan().effectiveChanges().size(), actions.toString());
    assertEquals(IntentPlan.PLACEHOLDER_ACCOUNT, intent.plan().target().accountId());
    assertTrue(intent.notice().contains("no AWS account was read"));
  }

  @Test
  void removedAddonIsDeleted() {
    String base = config("apps", 2, true);
    String head = base.substring(0, base.indexOf("addons:"));
    IntentPlan intent = IntentPlanner.plan(Optional.of(spec(base)), spec(head), PROVENANCE);
    Map<String, Action> actions = actions(intent.plan());
    assertEquals(Action.DELETE, actions.get("addon.vpc-cni"), actions.toString());
  }

  @Test
  void addedConfigCreatesEverythingItNames() {
    IntentPlan intent =
        IntentPlanner.plan(Optional.empty(), spec(config("apps", 2, true)), PROVENANCE);
    Map<String, Action> actions = actions(intent.plan());
    assertTrue(intent.added());
    assertEquals(Action.CREATE, actions.get("fargate_profile.fp-apps"), actions.toString());
    assertEquals(Action.CREATE, actions.get("managed_nodegroup.ng-1"), actions.toString());
    assertEquals(Action.CREATE, actions.get("addon.vpc-cni"), actions.toString());
    assertEquals(Action.CREATE, actions.get("oidc_provider"), actions.toString());
  }

  @Test
  void serviceAccountMovingNamespaceIsReplacedAsTheLivePlanWouldReplaceIt() {
    String base = config("apps", 2, true);
    String head = base.replace("namespace: shop}", "namespace: store}");
    IntentPlan intent = IntentPlanner.plan(Optional.of(spec(base)), spec(head), PROVENANCE);
    Map<String, Action> actions = actions(intent.plan());
    assertEquals(
        Action.REPLACE, actions.get("iam_service_account.store/catalog"), actions.toString());
    assertEquals(Action.CREATE, actions.get("kubernetes_namespace.store"), actions.toString());
    // The namespace eksform created for it is empty once it moves: it goes too.
    assertEquals(Action.DELETE, actions.get("kubernetes_namespace.shop"), actions.toString());
    assertEquals(3, intent.plan().effectiveChanges().size(), actions.toString());
    Change moved =
        intent.plan().changes().stream()
            .filter(c -> c.action() == Action.REPLACE)
            .findFirst()
            .orElseThrow();
    assertTrue(
        moved.reasons().get(0).contains("moves from namespace shop to store"),
        moved.reasons().toString());
  }
}

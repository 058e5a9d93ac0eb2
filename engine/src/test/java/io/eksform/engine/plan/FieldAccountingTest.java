package io.eksform.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.intent.IntentPlanner;
import io.eksform.engine.ledger.Disposition;
import io.eksform.engine.lint.Severity;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every value of a config is acted on, or named in the plan: never dropped in silence. */
class FieldAccountingTest {
  private static final Provenance PROVENANCE =
      new Provenance("test", "c.yaml", "digest", "policies", Optional.empty());

  private static final String HEAD =
      "apiVersion: eksctl.io/v1alpha5\n"
          + "kind: ClusterConfig\n"
          + "metadata:\n"
          + "  name: shop\n"
          + "  region: eu-west-1\n"
          + "  annotations:\n"
          + "    owner: team-a\n";

  private static final String NODE_GROUP =
      "managedNodeGroups:\n"
          + "  - name: ng-1\n"
          + "    instanceType: m5.large\n"
          + "    privateNetworking: true\n"
          + "    volumeType: gp3\n"
          + "    ssh:\n"
          + "      allow: false\n";

  private static ClusterSpec spec(String text) {
    var loaded =
        new ConfigLoader(LoadOptions.defaults(), InputStream.nullInputStream())
            .load(SourceText.of("c.yaml", text));
    return DesiredState.from(loaded.configs().get(0));
  }

  /** The config planned against the state it would itself leave: its objects all exist. */
  private static Plan unchanged(String text, boolean strict) {
    ClusterSpec s = spec(text);
    return IntentPlanner.plan(Optional.of(s), s, PROVENANCE, strict).plan();
  }

  /** The config planned against an empty cluster: its objects are all created. */
  private static Plan created(String text) {
    return IntentPlanner.plan(Optional.empty(), spec(text), PROVENANCE).plan();
  }

  private static List<String> paths(Plan plan, Disposition d) {
    return plan.notActedOn().stream()
        .filter(n -> n.disposition() == d)
        .map(NotActedOn::where)
        .toList();
  }

  @Test
  void aSectionEksformDoesNotManageIsNamedOnceAtItsLine() {
    Plan plan =
        unchanged(
            HEAD
                + "accessConfig:\n"
                + "  accessEntries:\n"
                + "    - principalARN: arn:aws:iam::111122223333:role/admin\n"
                + "      kubernetesGroups: [admins, ops]\n"
                + "secretsEncryption:\n"
                + "  keyARN: arn:aws:kms:eu-west-1:111122223333:key/k\n",
            false);
    assertFalse(plan.hasChanges());
    assertFalse(plan.hasErrors(), () -> plan.problems().toString());
    assertEquals(
        List.of("accessConfig.accessEntries (line 9)"), paths(plan, Disposition.NOT_MANAGED));
    // Used when eksform creates a cluster; an existing one's is not compared, and the plan says so.
    assertTrue(
        paths(plan, Disposition.VALIDATED_ONLY).contains("secretsEncryption.keyARN (line 13)"),
        () -> paths(plan, Disposition.VALIDATED_ONLY).toString());
  }

  @Test
  void fieldsWithNoEffectOnAwsAreNamedAsValidatedOnly() {
    Plan plan = unchanged(HEAD, false);
    assertEquals(List.of("metadata.annotations (line 6)"), paths(plan, Disposition.VALIDATED_ONLY));
    assertTrue(plan.notManaged().isEmpty());
  }

  @Test
  void anObjectTheConfigCreatesCannotLeaveAFieldOut() {
    Plan plan = created(HEAD + NODE_GROUP);
    List<PlanProblem> errors =
        plan.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
    assertEquals(1, errors.size(), () -> plan.problems().toString());
    assertEquals("/managedNodeGroups/0/volumeType", errors.get(0).configPointer());
    assertTrue(
        errors.get(0).message().startsWith("managed_nodegroup.ng-1 would be created without"),
        errors.get(0).message());
  }

  @Test
  void anObjectThatExistsAndStaysListsTheFieldItDoesNotApply() {
    Plan plan = unchanged(HEAD + NODE_GROUP, false);
    assertFalse(plan.hasErrors(), () -> plan.problems().toString());
    assertEquals(
        List.of("managedNodeGroups[0].volumeType (line 12)"), paths(plan, Disposition.NOT_MANAGED));
  }

  @Test
  void anOffSwitchLeftOffAsksForNothing() {
    Plan plan = unchanged(HEAD + NODE_GROUP, false);
    assertTrue(
        plan.notActedOn().stream().noneMatch(n -> n.pointer().contains("/ssh")),
        () -> plan.notActedOn().toString());
  }

  @Test
  void strictMakesEveryFieldNotManagedYetAnError() {
    Plan plan = unchanged(HEAD + NODE_GROUP, true);
    assertTrue(plan.hasErrors());
    assertEquals(
        List.of("/managedNodeGroups/0/volumeType"),
        plan.problems().stream().map(PlanProblem::configPointer).toList());
    assertTrue(plan.problems().get(0).message().contains("--strict"));
  }

  @Test
  void aConfigEksformActsOnWhollyNamesNothing() {
    Plan plan =
        unchanged(
            "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: shop\n"
                + "  region: eu-west-1\nfargateProfiles:\n  - name: fp\n    selectors:\n"
                + "      - namespace: apps\n        labels: {app: web}\n",
            false);
    assertTrue(plan.notActedOn().isEmpty(), () -> plan.notActedOn().toString());
  }
}

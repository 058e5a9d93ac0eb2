package io.eksform.engine.resource.serviceaccount;

import static io.eksform.engine.plan.ReplacementFixtures.change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.kinds.Planner;
import io.eksform.engine.ledger.Disposition;
import io.eksform.engine.plan.LiveFromDesired;
import io.eksform.engine.plan.NotActedOn;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.ReplacementFixtures;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** IRSA roles from wellKnownPolicies and subjectPattern, as eksctl makes them. */
class IrsaFieldsPlanTest {
  static final String ISSUER = LiveFromDesired.ISSUER;

  static ClusterSpec config(String... serviceAccountLines) {
    String yaml =
        "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: c\n"
            + "  region: us-west-2\niam:\n  withOIDC: true\n  serviceAccounts:\n"
            + "    - metadata: {name: sa, namespace: ns}\n"
            + String.join("\n", serviceAccountLines)
            + "\n";
    var loaded =
        new ConfigLoader(LoadOptions.defaults(), InputStream.nullInputStream())
            .load(SourceText.of("c.yaml", yaml));
    return DesiredState.from(loaded.configs().get(0));
  }

  static JsonNode after(String... lines) {
    Plan plan =
        Planner.plan(
            config(lines),
            ReplacementFixtures.live(List.of(), List.of(), List.of(), List.of()),
            ReplacementFixtures.options(java.util.Optional.empty()));
    assertFalse(plan.hasErrors(), plan.problems().toString());
    return change(plan, "iam_service_account.ns/sa").after();
  }

  static List<String> actions(JsonNode policy) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : policy.path("Statement")) {
      JsonNode a = s.path("Action");
      if (a.isArray()) {
        a.forEach(x -> out.add(x.asString()));
      } else {
        out.add(a.asString());
      }
    }
    return out;
  }

  @Test
  void wellKnownPoliciesAloneGiveTheRoleItsPolicies() {
    JsonNode after = after("      wellKnownPolicies: {ebsCSIController: true, autoScaler: true}");
    assertEquals(
        "[\"arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy\"]",
        after.get("attach_policy_arns").toString());
    List<String> actions = actions(after.get("inline_policy"));
    assertTrue(actions.contains("autoscaling:SetDesiredCapacity"), actions.toString());
    assertTrue(actions.contains("eks:DescribeNodegroup"), actions.toString());
  }

  @Test
  void imageBuilderIsAManagedPolicyAndNeedsNoInlinePolicy() {
    JsonNode after = after("      wellKnownPolicies: {imageBuilder: true}");
    assertEquals(
        "[\"arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPowerUser\"]",
        after.get("attach_policy_arns").toString());
    assertTrue(after.get("inline_policy").isNull());
  }

  @Test
  void aStatementTwoSetsShareIsWrittenOnce() {
    JsonNode after = after("      wellKnownPolicies: {certManager: true, externalDNS: true}");
    List<String> actions = actions(after.get("inline_policy"));
    assertEquals(
        1,
        actions.stream().filter(a -> a.equals("route53:ChangeResourceRecordSets")).count(),
        actions.toString());
    assertTrue(actions.contains("route53:GetChange"), actions.toString());
    assertTrue(actions.contains("route53:ListTagsForResource"), actions.toString());
  }

  @Test
  void attachPolicyAndWellKnownPoliciesShareTheOneInlinePolicy() {
    JsonNode after =
        after(
            "      attachPolicyARNs: [arn:aws:iam::aws:policy/ReadOnlyAccess]",
            "      attachPolicy:",
            "        Version: '2012-10-17'",
            "        Statement:",
            "          - {Effect: Allow, Action: 's3:GetObject', Resource: '*'}",
            "      wellKnownPolicies: {efsCSIController: true}");
    List<String> actions = actions(after.get("inline_policy"));
    assertEquals("s3:GetObject", actions.get(0), "the config's own statements come first");
    assertTrue(actions.contains("elasticfilesystem:CreateAccessPoint"), actions.toString());
    assertEquals(
        "[\"arn:aws:iam::aws:policy/ReadOnlyAccess\"]", after.get("attach_policy_arns").toString());
  }

  @Test
  void aSubjectPatternTrustsMatchingServiceAccountsWithStringLike() {
    JsonNode trust =
        after(
                "      attachPolicyARNs: [arn:aws:iam::aws:policy/ReadOnlyAccess]",
                "      subjectPattern: 'worker-*'")
            .get("trust_policy");
    JsonNode condition = trust.path("Statement").get(0).path("Condition");
    assertEquals(
        "system:serviceaccount:ns:worker-*",
        condition.path("StringLike").path(ISSUER + ":sub").asString(),
        condition.toString());
    assertEquals(
        "sts.amazonaws.com",
        condition.path("StringEquals").path(ISSUER + ":aud").asString(),
        condition.toString());
    assertFalse(condition.path("StringEquals").has(ISSUER + ":sub"), condition.toString());
  }

  @Test
  void withoutASubjectPatternTheTrustNamesTheOneServiceAccount() {
    JsonNode condition =
        after("      attachPolicyARNs: [arn:aws:iam::aws:policy/ReadOnlyAccess]")
            .get("trust_policy")
            .path("Statement")
            .get(0)
            .path("Condition");
    assertEquals(
        "system:serviceaccount:ns:sa",
        condition.path("StringEquals").path(ISSUER + ":sub").asString());
    assertFalse(condition.has("StringLike"));
  }

  @Test
  void besideAnAttachedRoleTheyHaveNoEffectAndSaySo() {
    Plan plan =
        Planner.plan(
            config(
                "      attachRoleARN: arn:aws:iam::123456789012:role/theirs",
                "      wellKnownPolicies: {autoScaler: true}",
                "      subjectPattern: 'sa-*'"),
            ReplacementFixtures.live(List.of(), List.of(), List.of(), List.of()),
            ReplacementFixtures.options(java.util.Optional.empty()));
    assertEquals(
        List.of(
            "/iam/serviceAccounts/0/subjectPattern", "/iam/serviceAccounts/0/wellKnownPolicies"),
        plan.notActedOn().stream()
            .filter(n -> n.disposition() == Disposition.VALIDATED_ONLY)
            .map(NotActedOn::pointer)
            .sorted()
            .toList());
  }
}

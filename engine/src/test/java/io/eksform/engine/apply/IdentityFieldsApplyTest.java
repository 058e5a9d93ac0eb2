package io.eksform.engine.apply;

import static io.eksform.engine.apply.ReplacementSandbox.CLUSTER;
import static io.eksform.engine.apply.ReplacementSandbox.apply;
import static io.eksform.engine.apply.ReplacementSandbox.config;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.kinds.Planner;
import io.eksform.engine.live.LiveReader;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanOptions;
import io.eksform.engine.plan.Provenance;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eks.model.Addon;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/**
 * The IRSA and add-on fields a plan carries out, applied to the sandbox through the real SDK: the
 * next plan of the same config is empty, and AWS holds what the config asks.
 */
class IdentityFieldsApplyTest extends OnReplacementSandbox {
  static final String SA_ROLE = "eksform-eksworkshop-eksctl-apps-builder";
  static final String EBS_ROLE = "eksform-eksworkshop-eksctl-addon-aws-ebs-csi-driver";
  static final String CNI_ROLE = "eksform-eksworkshop-eksctl-addon-vpc-cni";
  static final String EBS_POLICY = "arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy";
  static final String CNI_POLICY = "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy";

  Plan plan(ClusterSpec desired, boolean prune) {
    return Planner.plan(
        desired,
        new LiveReader(aws, 8).read(desired),
        new PlanOptions(prune, new Provenance("test", "c.yaml", "c", "p", Optional.empty())));
  }

  /** Plans and applies {@code desired}, then checks that its next plan changes nothing. */
  Plan converge(ClusterSpec desired, boolean prune) {
    Plan plan = plan(desired, prune);
    assertFalse(plan.hasErrors(), plan.problems().toString());
    ApplyResult result = apply(aws, plan, e -> {});
    assertTrue(result.succeeded(), result.toString());
    Plan next = plan(desired, prune);
    assertFalse(next.hasChanges(), next.effectiveChanges().toString());
    return plan;
  }

  static Change change(Plan plan, String address) {
    return plan.changes().stream()
        .filter(c -> c.address().toString().equals(address))
        .findFirst()
        .orElseThrow(() -> new AssertionError(address + " not in " + plan.changes()));
  }

  static ClusterSpec builder(String policies) {
    return config(
        "iam:",
        "  withOIDC: true",
        "  serviceAccounts:",
        "    - metadata: {name: builder, namespace: apps}",
        "      subjectPattern: builder-*",
        policies);
  }

  String trust(String role) {
    return URLDecoder.decode(
        aws.iam().getRole(r -> r.roleName(role)).role().assumeRolePolicyDocument(),
        StandardCharsets.UTF_8);
  }

  List<String> attached(String role) {
    return aws.iam().listAttachedRolePolicies(r -> r.roleName(role)).attachedPolicies().stream()
        .map(p -> p.policyArn())
        .sorted()
        .toList();
  }

  String inline(String role) {
    return URLDecoder.decode(
        aws.iam()
            .getRolePolicy(r -> r.roleName(role).policyName(EnsureRoleStep.INLINE_POLICY_NAME))
            .policyDocument(),
        StandardCharsets.UTF_8);
  }

  Addon addon(String name) {
    return aws.eks().describeAddon(r -> r.clusterName(CLUSTER).addonName(name)).addon();
  }

  @Test
  void wellKnownPoliciesAndASubjectPatternMakeTheRoleEksctlWould() {
    converge(builder("      wellKnownPolicies: {imageBuilder: true, autoScaler: true}"), false);

    assertEquals(
        List.of("arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPowerUser"), attached(SA_ROLE));
    String inline = inline(SA_ROLE);
    assertTrue(inline.contains("autoscaling:SetDesiredCapacity"), inline);
    String trust = trust(SA_ROLE);
    assertTrue(trust.contains("\"StringLike\""), trust);
    assertTrue(trust.contains(":sub\":\"system:serviceaccount:apps:builder-*\""), trust);
    assertTrue(trust.contains(":aud\":\"sts.amazonaws.com\""), trust);
  }

  @Test
  void switchingToWellKnownPoliciesReplacesTheRolesPolicyRatherThanStrippingIt() {
    converge(
        builder(
            "      attachPolicyARNs: [arn:aws:iam::123456789012:policy/ProdEnvoyNamespaceIAMPolicy]"),
        false);
    Plan switched = converge(builder("      wellKnownPolicies: {ebsCSIController: true}"), false);

    assertEquals(
        Action.UPDATE, change(switched, "iam_service_account.apps/builder").action(), "switch");
    assertEquals(List.of(EBS_POLICY), attached(SA_ROLE));
  }

  @Test
  void anAddOnGetsTheRoleItsWellKnownPoliciesAskForInItsNamespace() {
    ClusterSpec desired =
        config(
            "iam:",
            "  withOIDC: true",
            "addons:",
            "  - name: aws-ebs-csi-driver",
            "    version: v1.41.0-eksbuild.1",
            "    wellKnownPolicies: {ebsCSIController: true}",
            "    namespaceConfig: {namespace: storage}",
            "    resolveConflicts: preserve");
    Plan plan = converge(desired, false);

    Change role = change(plan, "addon_role.aws-ebs-csi-driver");
    assertEquals(Action.CREATE, role.action());
    Change created = change(plan, "addon.aws-ebs-csi-driver");
    assertEquals("PRESERVE", created.after().path("resolve_conflicts").asString());
    assertEquals(List.of(role.address()), created.dependsOn());
    Addon live = addon("aws-ebs-csi-driver");
    assertEquals("storage", live.namespaceConfig().namespace());
    assertEquals(
        aws.iam().getRole(r -> r.roleName(EBS_ROLE)).role().arn(), live.serviceAccountRoleArn());
    assertEquals(List.of(EBS_POLICY), attached(EBS_ROLE));
    String trust = trust(EBS_ROLE);
    assertFalse(trust.contains(":sub"), "eksctl binds this role to the audience only: " + trust);

    // An upgrade sends the config's resolveConflicts, as EKS records in the update.
    ClusterSpec upgraded =
        config(
            "iam:",
            "  withOIDC: true",
            "addons:",
            "  - name: aws-ebs-csi-driver",
            "    version: v1.44.0-eksbuild.1",
            "    wellKnownPolicies: {ebsCSIController: true}",
            "    namespaceConfig: {namespace: storage}",
            "    resolveConflicts: preserve");
    converge(upgraded, false);
    List<String> updates =
        aws.eks().listUpdates(r -> r.name(CLUSTER).addonName("aws-ebs-csi-driver")).updateIds();
    var params =
        aws.eks()
            .describeUpdate(
                r -> r.name(CLUSTER).addonName("aws-ebs-csi-driver").updateId(updates.get(0)))
            .update()
            .params();
    assertTrue(
        params.stream()
            .anyMatch(
                p -> p.typeAsString().equals("ResolveConflicts") && p.value().equals("PRESERVE")),
        params.toString());
  }

  @Test
  void theVpcCniRoleIsBoundToAwsNodeAndGoesWithTheAddOn() {
    ClusterSpec desired =
        config(
            "iam:",
            "  withOIDC: true",
            "addons:",
            "  - name: vpc-cni",
            "    attachPolicyARNs: [" + CNI_POLICY + "]");
    converge(desired, false);
    assertTrue(
        trust(CNI_ROLE).contains(":sub\":\"system:serviceaccount:kube-system:aws-node\""),
        trust(CNI_ROLE));
    assertEquals(List.of(CNI_POLICY), attached(CNI_ROLE));

    Plan pruned = converge(config("iam:", "  withOIDC: true"), true);
    Change roleDelete = change(pruned, "addon_role.vpc-cni");
    assertEquals(Action.DELETE, roleDelete.action());
    assertEquals(
        List.of("addon.vpc-cni"),
        roleDelete.dependsOn().stream().map(Object::toString).toList(),
        "the role goes once the add-on is gone");
    assertThrows(NoSuchEntityException.class, () -> aws.iam().getRole(r -> r.roleName(CNI_ROLE)));
  }

  @Test
  void aNamespaceOtherThanTheLiveAddOnsIsAPlanErrorAtTheField() {
    converge(
        config("addons:", "  - name: coredns", "    namespaceConfig: {namespace: kube-system}"),
        false);
    Plan moved =
        plan(
            config("addons:", "  - name: coredns", "    namespaceConfig: {namespace: dns}"), false);

    assertTrue(moved.hasErrors());
    var error = moved.problems().get(0);
    assertEquals("/addons/0/namespaceConfig/namespace", error.configPointer());
    assertTrue(error.message().contains("installed in namespace kube-system"), error.message());
    assertEquals(Action.NO_OP, change(moved, "addon.coredns").action());
  }
}

package io.eksform.engine.apply;

import static io.eksform.engine.apply.ReplacementSandbox.CLUSTER;
import static io.eksform.engine.apply.ReplacementSandbox.apply;
import static io.eksform.engine.apply.ReplacementSandbox.config;
import static io.eksform.engine.apply.ReplacementSandbox.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.RequestLaunchTemplateData;
import software.amazon.awssdk.services.eks.model.Nodegroup;
import software.amazon.awssdk.services.eks.model.RepairAction;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;

/**
 * Zones, the group's own node role, a launch template, node repair and an AMI release applied to
 * the sandbox through the real SDK: what the sandbox then holds is what the config asks, and the
 * next plan is empty.
 */
class NodeGroupFieldsApplyTest extends OnReplacementSandbox {
  static final String NG = "managed_nodegroup.ng-x";
  static final String ROLE = "node_role.ng-x";

  String template() {
    String id =
        aws.ec2()
            .createLaunchTemplate(
                r ->
                    r.launchTemplateName("ng-x-nodes")
                        .launchTemplateData(
                            RequestLaunchTemplateData.builder()
                                .blockDeviceMappings(
                                    b -> b.deviceName("/dev/xvda").ebs(e -> e.volumeSize(100)))
                                .build()))
            .launchTemplate()
            .launchTemplateId();
    aws.ec2()
        .createLaunchTemplateVersion(
            r ->
                r.launchTemplateId(id)
                    .sourceVersion("1")
                    .launchTemplateData(d -> d.ebsOptimized(true)));
    return id;
  }

  String boundary() {
    return aws.iam()
        .createPolicy(
            r ->
                r.policyName("node-boundary")
                    .policyDocument(
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                            + "\"Action\":\"*\",\"Resource\":\"*\"}]}"))
        .policy()
        .arn();
  }

  static ClusterSpec group(String... lines) {
    List<String> all = new java.util.ArrayList<>();
    all.add("managedNodeGroups:");
    all.add("  - name: ng-x");
    all.add("    privateNetworking: true");
    all.add("    instanceTypes: [m5.large]");
    for (String l : lines) {
      all.add("    " + l);
    }
    return config(all.toArray(String[]::new));
  }

  static ClusterSpec everything(
      String templateId, String version, String release, String repair, String flags, String b) {
    return group(
        "availabilityZones: [us-west-2b]",
        "launchTemplate: {id: " + templateId + ", version: '" + version + "'}",
        "releaseVersion: " + release,
        "nodeRepairConfig:",
        "  enabled: " + repair,
        "  maxParallelNodesRepairedCount: 1",
        "  nodeRepairConfigOverrides:",
        "    - {nodeMonitoringCondition: NetworkNotReady, nodeUnhealthyReason: InterfaceNotUp,"
            + " minRepairWaitTimeMins: 15, repairAction: Reboot}",
        "iam:",
        "  instanceRoleName: shop-nodes",
        "  instanceRolePermissionsBoundary: " + b,
        "  attachPolicyARNs:",
        "    - arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
        "    - arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
        "    - arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly",
        "  attachPolicy:",
        "    Version: '2012-10-17'",
        "    Statement: [{Effect: Allow, Action: ['s3:GetObject'], Resource: '*'}]",
        "  withAddonPolicies: {" + flags + "}");
  }

  static String actions(Plan plan) {
    return plan.effectiveChanges().stream()
        .map(c -> c.action().word() + " " + c.address())
        .sorted()
        .toList()
        .toString();
  }

  /** Plans, checks the actions and that nothing is refused or left out, applies, re-plans. */
  Plan applied(ClusterSpec desired, String expected) {
    Plan plan = plan(aws, desired, Optional.empty());
    assertFalse(plan.hasErrors(), () -> plan.problems().toString());
    assertTrue(plan.notActedOn().isEmpty(), () -> plan.notActedOn().toString());
    assertEquals(expected, actions(plan), () -> plan.effectiveChanges().toString());
    ApplyResult result = apply(aws, plan, e -> {});
    assertTrue(result.succeeded(), result.toString());
    Plan next = plan(aws, desired, Optional.empty());
    assertFalse(next.hasChanges(), () -> next.effectiveChanges().toString());
    return plan;
  }

  Nodegroup nodegroup(String name) {
    return aws.eks().describeNodegroup(r -> r.clusterName(CLUSTER).nodegroupName(name)).nodegroup();
  }

  Map<String, String> inline(String role) {
    Map<String, String> out = new TreeMap<>();
    for (String name : aws.iam().listRolePolicies(r -> r.roleName(role)).policyNames()) {
      String doc = aws.iam().getRolePolicy(r -> r.roleName(role).policyName(name)).policyDocument();
      out.put(name, URLDecoder.decode(doc, StandardCharsets.UTF_8));
    }
    return out;
  }

  List<String> attached(String role) {
    return aws.iam().listAttachedRolePolicies(r -> r.roleName(role)).attachedPolicies().stream()
        .map(p -> p.policyArn())
        .sorted()
        .toList();
  }

  @Test
  void everyFieldIsCreatedAsAskedThenChangedInPlace() {
    String lt = template();
    String boundary = boundary();
    applied(
        everything(
            lt, "1", "1.32.0-20250101", "true", "cloudWatch: true, autoScaler: true", boundary),
        "[create managed_nodegroup.ng-x, create node_role.ng-x]");

    Role role = aws.iam().getRole(r -> r.roleName("shop-nodes")).role();
    assertEquals("/eksform/", role.path());
    assertEquals(boundary, role.permissionsBoundary().permissionsBoundaryArn());
    assertTrue(
        role.tags().stream()
            .anyMatch(t -> t.key().equals("eksform.io/resource") && t.value().equals(ROLE)),
        role.tags()::toString);
    assertEquals(
        List.of(
            "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly",
            "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
            "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
            "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy"),
        attached("shop-nodes"));
    String policy = inline("shop-nodes").get("eksform-inline");
    assertTrue(policy.contains("s3:GetObject"), policy);
    assertTrue(policy.contains("autoscaling:SetDesiredCapacity"), policy);

    Nodegroup ng = nodegroup("ng-x");
    assertEquals(role.arn(), ng.nodeRole());
    assertEquals(List.of("subnet-0e55555555555555e"), ng.subnets(), "the private subnet of b");
    assertEquals(lt, ng.launchTemplate().id());
    assertEquals("1", ng.launchTemplate().version());
    assertNull(ng.diskSize(), "the template holds the disk");
    assertEquals("1.32.0-20250101", ng.releaseVersion());
    assertTrue(ng.nodeRepairConfig().enabled());
    assertEquals(
        RepairAction.REBOOT,
        ng.nodeRepairConfig().nodeRepairConfigOverrides().get(0).repairAction());

    applied(
        everything(lt, "2", "1.32.5-20260101", "false", "cloudWatch: true, xRay: true", boundary),
        "[update managed_nodegroup.ng-x, update node_role.ng-x]");
    Nodegroup rolled = nodegroup("ng-x");
    assertEquals("2", rolled.launchTemplate().version());
    assertEquals("1.32.5-20260101", rolled.releaseVersion());
    assertFalse(rolled.nodeRepairConfig().enabled());
    assertEquals(role.arn(), rolled.nodeRole(), "the same role, the same group");
    String changed = inline("shop-nodes").get("eksform-inline");
    assertTrue(changed.contains("xray:PutTraceSegments"), changed);
    assertFalse(changed.contains("autoscaling:"), changed);
  }

  @Test
  void anotherRoleNameReplacesTheGroupAndDeletesTheRoleEksformMadeForIt() {
    applied(
        group("iam: {instanceRoleName: nodes-a, withAddonPolicies: {ebs: true}}"),
        "[create managed_nodegroup.ng-x, create node_role.ng-x]");
    assertTrue(
        attached("nodes-a")
            .contains("arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy"));
    Plan plan =
        applied(
            group("iam: {instanceRoleName: nodes-b, withAddonPolicies: {ebs: true}}"),
            "[create node_role.ng-x, replace managed_nodegroup.ng-x]");
    Change ng =
        plan.changes().stream().filter(c -> c.address().toString().equals(NG)).findFirst().get();
    assertEquals("nodes-a", ng.before().path("role_name").asString());
    assertThrows(NoSuchEntityException.class, () -> aws.iam().getRole(r -> r.roleName("nodes-a")));
    String live = aws.eks().listNodegroups(r -> r.clusterName(CLUSTER)).nodegroups().get(0);
    assertEquals(
        aws.iam().getRole(r -> r.roleName("nodes-b")).role().arn(), nodegroup(live).nodeRole());
  }

  @Test
  void aGroupWithoutTheSharedRolesNeedsKeepsItsRoleWhenItStopsAskingForMore() {
    applied(
        group("iam: {withAddonPolicies: {imageBuilder: true}}"),
        "[create managed_nodegroup.ng-x, create node_role.ng-x]");
    String role = "eksform-eksworkshop-eksctl-ng-ng-x";
    assertTrue(
        attached(role).contains("arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPowerUser"));
    applied(group(), "[update node_role.ng-x]");
    assertEquals(
        List.of(
            "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
            "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
            "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"),
        attached(role));
  }

  @Test
  void theTemplatesOwnDataDecidesWhatEksIsAskedFor() {
    String typed =
        aws.ec2()
            .createLaunchTemplate(
                r ->
                    r.launchTemplateName("typed")
                        .launchTemplateData(d -> d.instanceType("c5.large")))
            .launchTemplate()
            .launchTemplateId();
    Plan both = plan(aws, group("launchTemplate: {id: " + typed + "}"), Optional.empty());
    assertEquals(
        List.of("/managedNodeGroups/0/instanceTypes"),
        both.problems().stream().map(p -> p.configPointer()).toList());
    ClusterSpec fromTemplate =
        config(
            "managedNodeGroups:",
            "  - name: ng-x",
            "    privateNetworking: true",
            "    launchTemplate: {id: " + typed + "}");
    applied(fromTemplate, "[create managed_nodegroup.ng-x, create node_role]");
    Nodegroup ng = nodegroup("ng-x");
    assertFalse(ng.hasInstanceTypes(), "the template's type");
    assertEquals("AL2023_x86_64_STANDARD", ng.amiTypeAsString());

    String custom =
        aws.ec2()
            .createLaunchTemplate(
                r ->
                    r.launchTemplateName("custom-ami")
                        .launchTemplateData(d -> d.imageId("ami-0123456789abcdef0")))
            .launchTemplate()
            .launchTemplateId();
    Plan noUserData =
        plan(
            aws,
            config(
                "managedNodeGroups:",
                "  - name: ng-y",
                "    instanceTypes: [m5.large]",
                "    launchTemplate: {id: " + custom + "}"),
            Optional.empty());
    assertEquals(
        List.of(
            "node bootstrapping script (UserData) must be set when using a custom AMI"
                + " (ami-0123456789abcdef0 in version 1 of "
                + custom
                + ")"),
        noUserData.problems().stream().map(p -> p.message()).toList());
    Plan missing = plan(aws, group("launchTemplate: {id: lt-0000000000000000f}"), Optional.empty());
    assertEquals(
        List.of("launch template lt-0000000000000000f does not exist in us-west-2"),
        missing.problems().stream().map(p -> p.message()).toList());
    Plan noVersion =
        plan(aws, group("launchTemplate: {id: " + typed + ", version: '7'}"), Optional.empty());
    assertEquals(
        List.of("/managedNodeGroups/0/launchTemplate/version"),
        noVersion.problems().stream().map(p -> p.configPointer()).toList());
  }

  @Test
  void theRoleEksctlMadeForAGroupIsAdoptedWhenTheConfigAsksForMore() {
    try (var eksctl =
            io.eksform.sandbox.Sandbox.start(
                io.eksform.sandbox.SandboxOptions.defaults()
                    .withScenario("eksctl-created")
                    .withTimeScale(0.002));
        var clients = ReplacementSandbox.clients(eksctl)) {
      String yaml =
          String.join(
              "\n",
              "apiVersion: eksctl.io/v1alpha5",
              "kind: ClusterConfig",
              "metadata: {name: cluster-26, region: us-west-2}",
              "managedNodeGroups:",
              "  - name: spot-2",
              "    instanceTypes: [m5.large]",
              "    spot: true",
              "    iam: {withAddonPolicies: {cloudWatch: true}}",
              "");
      var loaded =
          new io.eksform.engine.config.ConfigLoader(
                  io.eksform.engine.config.LoadOptions.defaults(),
                  java.io.InputStream.nullInputStream())
              .load(io.eksform.engine.config.SourceText.of("c.yaml", yaml));
      ClusterSpec desired = io.eksform.engine.desired.DesiredState.from(loaded.configs().get(0));
      String before =
          clients
              .eks()
              .describeNodegroup(r -> r.clusterName("cluster-26").nodegroupName("spot-2"))
              .nodegroup()
              .nodeRole();
      Plan plan = plan(clients, desired, Optional.empty());
      assertFalse(plan.hasErrors(), () -> plan.problems().toString());
      assertEquals(
          "[update node_role.spot-2]", actions(plan), () -> plan.effectiveChanges().toString());
      assertTrue(apply(clients, plan, e -> {}).succeeded());
      assertFalse(plan(clients, desired, Optional.empty()).hasChanges());
      String name = before.substring(before.lastIndexOf('/') + 1);
      assertTrue(
          clients.iam().listAttachedRolePolicies(r -> r.roleName(name)).attachedPolicies().stream()
              .anyMatch(p -> p.policyArn().endsWith("/CloudWatchAgentServerPolicy")));
      assertEquals(
          before,
          clients
              .eks()
              .describeNodegroup(r -> r.clusterName("cluster-26").nodegroupName("spot-2"))
              .nodegroup()
              .nodeRole(),
          "the group keeps eksctl's role");
    }
  }
}

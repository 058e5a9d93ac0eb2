package io.eksform.engine.resource.nodegroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.intent.IntentPlanner;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.AttributeChange;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanProblem;
import io.eksform.engine.plan.Provenance;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Zones, the group's own node role, launch templates, node repair and AMI releases of managed node
 * groups, planned offline: a config against an empty cluster, or against what its earlier version
 * leaves.
 */
class NodeGroupFieldsPlanTest {
  private static final Provenance PROVENANCE =
      new Provenance("test", "c.yaml", "digest", "policies", Optional.empty());

  private static final String HEAD =
      "apiVersion: eksctl.io/v1alpha5\n"
          + "kind: ClusterConfig\n"
          + "metadata:\n"
          + "  name: shop\n"
          + "  region: eu-west-1\n"
          + "managedNodeGroups:\n"
          + "  - name: ng-1\n"
          + "    privateNetworking: true\n";

  private static ClusterSpec spec(String extra) {
    var loaded =
        new ConfigLoader(LoadOptions.defaults(), InputStream.nullInputStream())
            .load(SourceText.of("c.yaml", HEAD + extra));
    return DesiredState.from(loaded.configs().get(0));
  }

  private static Plan created(String extra) {
    return IntentPlanner.plan(Optional.empty(), spec(extra), PROVENANCE).plan();
  }

  private static Plan changed(String from, String to) {
    return IntentPlanner.plan(Optional.of(spec(from)), spec(to), PROVENANCE).plan();
  }

  private static Change change(Plan plan, String address) {
    return plan.changes().stream()
        .filter(c -> c.address().toString().equals(address))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + address + " in " + plan.changes()));
  }

  private static PlanProblem onlyError(Plan plan) {
    List<PlanProblem> errors = plan.problems();
    assertEquals(1, errors.size(), errors::toString);
    return errors.get(0);
  }

  private static List<String> strings(Change c, String field) {
    return c.after().path(field).valueStream().map(n -> n.asString()).toList();
  }

  @Test
  void zonesPickTheClustersSubnetsThereAndAnotherZoneMovesTheGroup() {
    Plan plan = created("    availabilityZones: [eu-west-1b]\n");
    assertFalse(plan.hasErrors(), () -> plan.problems().toString());
    Change ng = change(plan, "managed_nodegroup.ng-1");
    assertEquals(List.of("subnet-private-b"), strings(ng, "subnets"));
    assertEquals(List.of("eu-west-1b"), strings(ng, "availability_zones"));

    Plan moved =
        changed("    availabilityZones: [eu-west-1b]\n", "    availabilityZones: [eu-west-1c]\n");
    Change replaced = change(moved, "managed_nodegroup.ng-1");
    assertEquals(Action.REPLACE, replaced.action());
    assertTrue(
        replaced
            .reasons()
            .contains(
                "availability_zones changes and a managed node group cannot"
                    + " change it in place"),
        replaced.reasons()::toString);
  }

  @Test
  void aZoneWithoutASubnetOfTheGroupsKindIsAnErrorAtTheZone() {
    PlanProblem p = onlyError(created("    availabilityZones: [eu-west-1b, eu-west-1d]\n"));
    assertEquals("/managedNodeGroups/0/availabilityZones/1", p.configPointer());
    assertEquals(
        "node group ng-1 asks for zone eu-west-1d, and the cluster has no private subnet there",
        p.message());
    assertEquals(
        Optional.of(
            "zones with a private subnet of the cluster: eu-west-1a, eu-west-1b," + " eu-west-1c"),
        p.hint());
  }

  @Test
  void zonesBesideSubnetsAreRefusedAsEksctlDoes() {
    PlanProblem p =
        onlyError(created("    subnets: [subnet-0aaa]\n    availabilityZones: [eu-west-1a]\n"));
    assertEquals(
        "only one of subnets or availabilityZones should be set (subnets at line 9)", p.message());
    assertEquals("/managedNodeGroups/0/availabilityZones", p.configPointer());
  }

  private static final String OWN_ROLE =
      "    iam:\n"
          + "      attachPolicyARNs: [arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy,"
          + " arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy]\n"
          + "      attachPolicy:\n"
          + "        Version: '2012-10-17'\n"
          + "        Statement: [{Effect: Allow, Action: s3:GetObject, Resource: '*'}]\n"
          + "      withAddonPolicies: {cloudWatch: true, xRay: true}\n"
          + "      instanceRolePermissionsBoundary: arn:aws:iam::000000000000:policy/boundary\n";

  @Test
  void aGroupThatAsksForMoreGetsARoleOfItsOwn() {
    Plan plan = created(OWN_ROLE);
    assertFalse(plan.hasErrors(), () -> plan.problems().toString());
    Change role = change(plan, "node_role.ng-1");
    assertEquals(Action.CREATE, role.action());
    assertEquals("eksform-shop-ng-ng-1", role.after().path("role_name").asString());
    assertEquals(
        List.of(
            "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
            "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
            "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy"),
        strings(role, "attach_policy_arns"));
    var statements = role.after().path("inline_policy").path("Statement");
    assertEquals(2, statements.size(), statements::toString);
    assertEquals("s3:GetObject", statements.get(0).path("Action").asString());
    assertEquals("xray:PutTraceSegments", statements.get(1).path("Action").get(0).asString());
    assertEquals(
        "arn:aws:iam::000000000000:policy/boundary",
        role.after().path("permissions_boundary").asString());
    Change ng = change(plan, "managed_nodegroup.ng-1");
    assertEquals(
        "arn:aws:iam::000000000000:role/eksform/eksform-shop-ng-ng-1",
        ng.after().path("node_role").asString());
    assertEquals(List.of(role.address()), ng.dependsOn());
    assertTrue(
        plan.changes().stream().noneMatch(c -> c.address().toString().equals("node_role")),
        "the shared node role is not needed");
  }

  @Test
  void aNewAddonFlagChangesTheRoleNotTheGroup() {
    Plan plan =
        changed(
            "    iam:\n      withAddonPolicies: {cloudWatch: true}\n",
            "    iam:\n      withAddonPolicies: {cloudWatch: true, imageBuilder: true}\n");
    assertEquals(Action.UPDATE, change(plan, "node_role.ng-1").action());
    assertTrue(
        strings(change(plan, "node_role.ng-1"), "attach_policy_arns")
            .contains("arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPowerUser"));
    assertEquals(Action.NO_OP, change(plan, "managed_nodegroup.ng-1").action());
  }

  @Test
  void aGroupThatStopsAskingForMoreKeepsItsRoleWithTheWorkerPolicies() {
    Plan plan = changed("    iam:\n      withAddonPolicies: {cloudWatch: true}\n", "");
    Change role = change(plan, "node_role.ng-1");
    assertEquals(Action.UPDATE, role.action());
    assertEquals(
        List.of(
            "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
            "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
            "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"),
        strings(role, "attach_policy_arns"));
    assertEquals(Action.NO_OP, change(plan, "managed_nodegroup.ng-1").action());
  }

  @Test
  void anotherRoleNameReplacesTheGroupAndRetiresTheOldRole() {
    Plan plan =
        changed(
            "    iam:\n      instanceRoleName: shop-nodes\n",
            "    iam:\n      instanceRoleName: shop-nodes-2\n");
    assertEquals(Action.CREATE, change(plan, "node_role.ng-1").action());
    Change ng = change(plan, "managed_nodegroup.ng-1");
    assertEquals(Action.REPLACE, ng.action());
    assertEquals("shop-nodes", ng.before().path("role_name").asString());
    assertEquals("shop-nodes-2", ng.after().path("role_name").asString());
    assertTrue(
        ng.reasons()
            .contains(
                "IAM role shop-nodes, which eksform made for this group, is deleted once the old"
                    + " group is gone"),
        ng.reasons()::toString);
  }

  @Test
  void anInlinePolicyIamCannotHoldIsAnError() {
    String buckets =
        java.util.stream.IntStream.range(0, 150)
            .mapToObj(i -> "'arn:aws:s3:::bucket-of-the-shop-number-" + i + "/*'")
            .collect(java.util.stream.Collectors.joining(", "));
    PlanProblem p =
        onlyError(
            created(
                "    iam:\n"
                    + "      attachPolicy:\n"
                    + "        Version: '2012-10-17'\n"
                    + "        Statement: [{Effect: Allow, Action: s3:GetObject, Resource: ["
                    + buckets
                    + "]}]\n"
                    + "      withAddonPolicies: {awsLoadBalancerController: true, appMesh: true}\n"));
    assertEquals("/managedNodeGroups/0/iam", p.configPointer());
    assertTrue(p.message().contains("IAM allows 10240 for a role"), p.message());
  }

  @Test
  void anInstanceProfileIsRefusedInEksctlsWords() {
    PlanProblem p =
        onlyError(
            created(
                "    iam:\n"
                    + "      instanceProfileARN:"
                    + " arn:aws:iam::000000000000:instance-profile/nodes\n"));
    assertEquals("instanceProfileARN is not supported for Managed Nodes", p.message());
    assertEquals("/managedNodeGroups/0/iam/instanceProfileARN", p.configPointer());
  }

  @Test
  void outpostsAndEksctlsSecurityGroupsAreRefusedInEksctlsWords() {
    Plan plan =
        created(
            "    outpostARN: arn:aws:outposts:eu-west-1:000000000000:outpost/op-0123456789abcdef0\n"
                + "    securityGroups: {withShared: true, withLocal: false}\n");
    assertEquals(
        List.of(
            "Outposts is not supported for managed nodegroups",
            "securityGroups.withLocal and securityGroups.withShared are not supported for managed"
                + " nodegroups"),
        plan.problems().stream().map(PlanProblem::message).toList());
    assertEquals(
        "/managedNodeGroups/0/securityGroups/withShared", plan.problems().get(1).configPointer());
  }

  @Test
  void anExistingRoleTakesNothingMore() {
    PlanProblem p =
        onlyError(
            created(
                "    iam:\n"
                    + "      instanceRoleARN: arn:aws:iam::000000000000:role/nodes\n"
                    + "      withAddonPolicies: {ebs: true}\n"));
    assertEquals(
        "iam.instanceRoleARN and iam.withAddonPolicies.ebs (line 11) cannot be set at the same"
            + " time",
        p.message());
    assertEquals("/managedNodeGroups/0/iam/instanceRoleARN", p.configPointer());
  }

  private static final String TEMPLATE =
      "    instanceTypes: [m5.large]\n    launchTemplate: {id: lt-0abc, version: '2'}\n";

  @Test
  void aLaunchTemplateMakesTheGroupAndANewVersionRollsItInPlace() {
    Plan plan = created(TEMPLATE);
    assertFalse(plan.hasErrors(), () -> plan.problems().toString());
    Change ng = change(plan, "managed_nodegroup.ng-1");
    assertEquals("lt-0abc", ng.after().path("launch_template_id").asString());
    assertEquals("2", ng.after().path("launch_template_version").asString());
    assertTrue(ng.after().path("disk_size").isMissingNode(), "the template holds the disk");

    Plan rolled =
        changed(
            TEMPLATE,
            "    instanceTypes: [m5.large]\n    launchTemplate: {id: lt-0abc, version: '3'}\n");
    Change update = change(rolled, "managed_nodegroup.ng-1");
    assertEquals(Action.UPDATE, update.action());
    assertEquals(
        List.of("launch_template_version"),
        update.attributes().stream().map(AttributeChange::path).toList());

    Plan other =
        changed(TEMPLATE, "    instanceTypes: [m5.large]\n    launchTemplate: {id: lt-0def}\n");
    assertEquals(Action.REPLACE, change(other, "managed_nodegroup.ng-1").action());
  }

  @Test
  void aLaunchTemplateTakesNoFieldEksctlKeepsInIt() {
    Plan plan = created(TEMPLATE + "    volumeSize: 100\n    ssh: {allow: true}\n");
    List<String> at = plan.problems().stream().map(PlanProblem::configPointer).toList();
    assertEquals(List.of("/managedNodeGroups/0/ssh/allow", "/managedNodeGroups/0/volumeSize"), at);
    assertEquals(
        "cannot set volumeSize in managedNodeGroup when a launch template is supplied"
            + " (launchTemplate.id at line 10), as eksctl requires",
        plan.problems().get(1).message());
  }

  @Test
  void aLaunchTemplateVersionIsANumber() {
    PlanProblem p =
        onlyError(
            created(
                "    instanceTypes: [m5.large]\n    launchTemplate: {id: lt-0abc, version: $Latest}\n"));
    assertEquals("/managedNodeGroups/0/launchTemplate/version", p.configPointer());
  }

  private static final String REPAIR =
      "    nodeRepairConfig:\n"
          + "      enabled: true\n"
          + "      maxParallelNodesRepairedCount: 1\n"
          + "      nodeRepairConfigOverrides:\n"
          + "        - {nodeMonitoringCondition: NetworkNotReady, nodeUnhealthyReason:"
          + " InterfaceNotUp, minRepairWaitTimeMins: 15, repairAction: Reboot}\n";

  @Test
  void nodeRepairIsSetOnCreateAndChangedInPlace() {
    Plan plan = created(REPAIR);
    assertFalse(plan.hasErrors(), () -> plan.problems().toString());
    var repair = change(plan, "managed_nodegroup.ng-1").after().path("node_repair");
    assertTrue(repair.path("enabled").asBoolean());
    assertEquals(1, repair.path("max_parallel_nodes_repaired_count").asInt());
    assertEquals("Reboot", repair.path("overrides").get(0).path("repair_action").asString());

    Plan off = changed(REPAIR, REPAIR.replace("enabled: true", "enabled: false"));
    Change update = change(off, "managed_nodegroup.ng-1");
    assertEquals(Action.UPDATE, update.action());
    assertEquals(
        List.of("node_repair"), update.attributes().stream().map(AttributeChange::path).toList());
  }

  @Test
  void eksctlsRepairActionWordsAreNotEks() {
    PlanProblem p = onlyError(created(REPAIR.replace("Reboot", "Restart")));
    assertEquals(
        "/managedNodeGroups/0/nodeRepairConfig/nodeRepairConfigOverrides/0/repairAction",
        p.configPointer());
    assertEquals("repairAction \"Restart\" is not one EKS accepts", p.message());
  }

  @Test
  void aRepairCountAndItsPercentageAreNotSetTogether() {
    PlanProblem p = onlyError(created(REPAIR + "      maxParallelNodesRepairedPercentage: 10\n"));
    assertEquals(
        "only one of maxParallelNodesRepairedCount and maxParallelNodesRepairedPercentage can be"
            + " set, as EKS requires",
        p.message());
  }

  @Test
  void aNewerReleaseIsAnInPlaceUpdateAndAnOlderOneAnError() {
    String from = "    releaseVersion: 1.30.4-20240917\n";
    Plan newer = changed(from, "    releaseVersion: 1.30.4-20241011\n");
    assertEquals(Action.UPDATE, change(newer, "managed_nodegroup.ng-1").action());
    assertFalse(newer.hasErrors());
    PlanProblem p = onlyError(changed(from, "    releaseVersion: 1.30.4-20240801\n"));
    assertEquals("/managedNodeGroups/0/releaseVersion", p.configPointer());
    assertEquals(
        "node group ng-1 runs AMI release 1.30.4-20240917, and EKS cannot roll a node group back"
            + " to 1.30.4-20240801",
        p.message());
  }
}

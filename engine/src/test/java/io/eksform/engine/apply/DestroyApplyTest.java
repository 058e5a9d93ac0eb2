package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.kinds.Planner;
import io.eksform.engine.live.LiveReader;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanOptions;
import io.eksform.engine.plan.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Destroying clusters eksctl made, over real HTTP: the plan lists the deletions users first, apply
 * leaves no EKS object of the cluster and no IAM object eksform or eksctl made for it, and touches
 * nothing else of the account; a destroy stopped after any of its changes finishes when run again.
 */
class DestroyApplyTest {
  static final String WORKSHOP = "eksworkshop-eksctl";
  static final String IRSA_ROLE =
      "eksctl-eksworkshop-eksctl-addon-iamserviceac-Role1-1PWNQ4AJFMVBF";
  static final String POD_ROLE = "eksctl-eksworkshop-eksctl-FargatePodExecutionRole-JPQ56PZ7R9NL";

  ScenarioRun run;

  @AfterEach
  void stop() {
    if (run != null) {
      run.close();
    }
  }

  static String file(String path) throws IOException {
    return Files.readString(Path.of(System.getProperty("eksform.project.dir", "..")).resolve(path));
  }

  static ClusterSpec workshop() throws IOException {
    return ScenarioRun.config(file("examples/prodcatalog/clusterconfig.yaml"));
  }

  static Plan destroyPlan(ScenarioRun run, ClusterSpec desired) {
    return Planner.plan(
        desired,
        new LiveReader(run.aws, 8).read(desired, true),
        new PlanOptions(false, new Provenance("test", "c.yaml", "c", "p", Optional.empty()))
            .withDestroy(true));
  }

  static List<String> listed(Plan plan) {
    return plan.changes().stream()
        .peek(c -> assertEquals(Action.DELETE, c.action(), c.toString()))
        .map(c -> c.address().toString())
        .toList();
  }

  /** Every object of the account a destroy may touch, by kind and name. */
  static TreeSet<String> account(ScenarioRun run) {
    TreeSet<String> out = new TreeSet<>();
    var eks = run.aws.eks();
    for (String c : eks.listClusters(r -> {}).clusters()) {
      out.add("cluster " + c);
      eks.listNodegroups(r -> r.clusterName(c))
          .nodegroups()
          .forEach(n -> out.add("nodegroup " + n));
      eks.listFargateProfiles(r -> r.clusterName(c))
          .fargateProfileNames()
          .forEach(n -> out.add("fargate " + n));
      eks.listAddons(r -> r.clusterName(c)).addons().forEach(n -> out.add("addon " + n));
    }
    run.aws.iam().listRoles(r -> {}).roles().forEach(r -> out.add("role " + r.roleName()));
    run.aws
        .iam()
        .listOpenIDConnectProviders(r -> {})
        .openIDConnectProviderList()
        .forEach(p -> out.add("oidc " + p.arn()));
    run.aws.iam().listPolicies(r -> {}).policies().forEach(p -> out.add("policy " + p.arn()));
    run.aws.ec2().describeVpcs(r -> {}).vpcs().forEach(v -> out.add("vpc " + v.vpcId()));
    run.aws
        .ec2()
        .describeSubnets(r -> {})
        .subnets()
        .forEach(s -> out.add("subnet " + s.subnetId()));
    return out;
  }

  @Test
  void theWorkshopClusterEksctlMadeIsDestroyedUsersFirstAndNothingElseIsTouched()
      throws IOException {
    run = new ScenarioRun("eksworkshop-eksctl-done");
    ClusterSpec desired = workshop();
    Plan plan = destroyPlan(run, desired);
    assertTrue(plan.destroy());
    assertEquals(List.of(), plan.problems());
    assertEquals(List.of(), plan.notActedOn());
    assertEquals(
        List.of(
            "fargate_profile.fargate-productcatalog",
            "iam_service_account.prodcatalog-ns/prodcatalog-envoy-proxies",
            "fargate_pod_execution_role." + POD_ROLE,
            "oidc_provider",
            "cluster"),
        listed(plan));
    Change cluster = plan.changes().get(4);
    assertEquals(
        List.of(
            "oidc_provider",
            "fargate_pod_execution_role." + POD_ROLE,
            "iam_service_account.prodcatalog-ns/prodcatalog-envoy-proxies",
            "fargate_profile.fargate-productcatalog"),
        strings(cluster.dependsOn()));
    assertTrue(
        plan.unmanaged().stream().anyMatch(n -> n.startsWith("Kubernetes objects")),
        plan.unmanaged().toString());

    TreeSet<String> before = account(run);
    run.apply(plan);
    TreeSet<String> after = account(run);
    TreeSet<String> gone = new TreeSet<>(before);
    gone.removeAll(after);
    assertEquals(
        new TreeSet<>(
            List.of(
                "cluster " + WORKSHOP,
                "fargate fargate-productcatalog",
                "role " + IRSA_ROLE,
                "role " + POD_ROLE,
                "oidc arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/"
                    + "5E1A7C0B9D2F4E6A8C1B3D5F7A9E2C4B")),
        gone);
    assertTrue(before.containsAll(after), "nothing was made: " + after);
  }

  @Test
  void aClusterEksctlCreatedGoesWithItsRolesAndTheNetworkOfItsStack() throws IOException {
    String shared = System.getProperty("eksform.shared.dir", "");
    Path example =
        Path.of(shared, "corpus", "eksctl-examples", "26-managed-nodegroup-spot-instances.yaml");
    Assumptions.assumeTrue(
        !shared.isEmpty() && Files.isRegularFile(example),
        "the shared corpus (eksform.shared.dir) is absent; eksctl's example 26 not destroyed");
    run = new ScenarioRun("eksctl-created");
    ClusterSpec desired = ScenarioRun.config(Files.readString(example));
    Plan plan = destroyPlan(run, desired);
    List<String> order = listed(plan);
    // What runs on the cluster, the cluster, its role, then the network eksctl's stack made.
    List<String> network =
        order.subList(order.indexOf("cluster_role") + 1, order.size()).stream()
            .map(a -> a.substring(0, a.indexOf('.')))
            .distinct()
            .toList();
    assertEquals(
        List.of(
            "security_group",
            "route_table",
            "nat_gateway",
            "elastic_ip",
            "internet_gateway",
            "subnet",
            "vpc"),
        network,
        order.toString());
    assertEquals(
        List.of(
            "addon.coredns",
            "addon.kube-proxy",
            "addon.metrics-server",
            "addon.vpc-cni",
            "cluster",
            "cluster_role",
            "managed_nodegroup.on-demand",
            "managed_nodegroup.spot",
            "managed_nodegroup.spot-2",
            "node_role.on-demand",
            "node_role.spot",
            "node_role.spot-2"),
        order.subList(0, order.indexOf("cluster_role") + 1).stream().sorted().toList());
    assertEquals(order.indexOf("cluster") + 1, order.indexOf("cluster_role"), order.toString());
    for (String role : List.of("on-demand", "spot", "spot-2")) {
      Change c = change(plan, "node_role." + role);
      assertEquals(List.of("managed_nodegroup." + role), strings(c.dependsOn()));
    }

    TreeSet<String> before = account(run);
    run.apply(plan);
    TreeSet<String> after = account(run);
    List<String> gone = before.stream().filter(o -> !after.contains(o)).toList();
    // 11 of EKS and IAM, eksctl's cluster service role, the VPC and its 6 subnets.
    assertEquals(19, gone.size(), gone.toString());
    assertTrue(gone.stream().anyMatch(o -> o.contains("ServiceRole")), gone.toString());
    assertTrue(after.stream().noneMatch(o -> o.startsWith("subnet") || o.startsWith("vpc")));
    assertTrue(after.stream().noneMatch(o -> o.startsWith("nodegroup") || o.startsWith("addon")));
    assertFalse(after.contains("cluster cluster-26"), after.toString());
  }

  @Test
  void aDestroyStoppedAfterAnyOfItsChangesFinishesWhenRunAgain() throws IOException {
    ClusterSpec desired = workshop();
    int total;
    try (ScenarioRun first = new ScenarioRun("eksworkshop-eksctl-done")) {
      total = destroyPlan(first, desired).changes().size();
    }
    for (int done = 1; done < total; done++) {
      try (ScenarioRun account = new ScenarioRun("eksworkshop-eksctl-done")) {
        Plan plan = destroyPlan(account, desired);
        // The listing is in the order the changes run, so its first changes stand for a run
        // stopped once they were made.
        List<Change> made = new ArrayList<>(plan.changes().subList(0, done));
        account.apply(
            new Plan(
                plan.formatVersion(),
                plan.target(),
                made,
                plan.liveFingerprints(),
                plan.provenance(),
                plan.problems(),
                plan.unmanaged(),
                plan.notActedOn(),
                plan.adopted(),
                true));
        Plan rest = destroyPlan(account, desired);
        assertEquals(
            listed(plan).subList(done, total), listed(rest), "after " + done + " of " + total);
        account.apply(rest);
        TreeSet<String> left = account(account);
        assertFalse(left.contains("cluster " + WORKSHOP), left.toString());
        assertFalse(left.contains("role " + POD_ROLE), left.toString());
        assertFalse(left.contains("role " + IRSA_ROLE), left.toString());
      }
    }
  }

  static Change change(Plan plan, String address) {
    return plan.changes().stream()
        .filter(c -> c.address().toString().equals(address))
        .findFirst()
        .orElseThrow(() -> new AssertionError(address + " not in " + listed(plan)));
  }

  static List<String> strings(List<?> values) {
    return values.stream().map(Object::toString).toList();
  }
}

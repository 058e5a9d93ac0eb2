package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanProblem;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.plan.Unknown;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Subnet;

/**
 * A cluster created from nothing in the sandbox's {@code empty} account (a default VPC, to which
 * the test adds two private subnets): the plan lists the creations in order with what only apply
 * can know, apply makes them, the next plan has nothing to do, and an apply stopped after any of
 * its changes converges on the next plan and apply without making anything twice.
 */
class CreateClusterApplyTest {
  static final String FULL =
      "iam:\n"
          + "  withOIDC: true\n"
          + "  serviceAccounts:\n"
          + "    - metadata:\n"
          + "        name: reader\n"
          + "        namespace: backend\n"
          + "      attachPolicyARNs:\n"
          + "        - arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy\n"
          + "managedNodeGroups:\n"
          + "  - name: ng-1\n"
          + "    instanceType: m5.large\n"
          + "    desiredCapacity: 2\n"
          + "    privateNetworking: true\n"
          + "fargateProfiles:\n"
          + "  - name: fp-1\n"
          + "    selectors:\n"
          + "      - namespace: batch\n";

  ScenarioRun run;

  @BeforeEach
  void start() {
    run = new ScenarioRun("empty");
  }

  @AfterEach
  void stop() {
    run.close();
  }

  /** The default VPC's id. */
  static String defaultVpc(ScenarioRun run) {
    return run.aws
        .ec2()
        .describeVpcs(r -> r.filters(f -> f.name("is-default").values("true")))
        .vpcs()
        .get(0)
        .vpcId();
  }

  /** Two private subnets (their own route table, no internet gateway) in the default VPC. */
  static List<Subnet> privateSubnets(ScenarioRun run, String vpcId, List<Subnet> publicOnes) {
    String table = run.aws.ec2().createRouteTable(r -> r.vpcId(vpcId)).routeTable().routeTableId();
    List<Subnet> out = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String zone = publicOnes.get(i).availabilityZone();
      String cidr = "172.31." + (128 + 16 * i) + ".0/20";
      Subnet s =
          run.aws
              .ec2()
              .createSubnet(r -> r.vpcId(vpcId).cidrBlock(cidr).availabilityZone(zone))
              .subnet();
      run.aws.ec2().associateRouteTable(r -> r.routeTableId(table).subnetId(s.subnetId()));
      out.add(s);
    }
    return out;
  }

  /** A config of a new cluster in the default VPC: its subnets by id, {@code more} after them. */
  static String config(ScenarioRun run, String more) {
    String vpcId = defaultVpc(run);
    List<Subnet> publicOnes =
        run
            .aws
            .ec2()
            .describeSubnets(r -> r.filters(f -> f.name("vpc-id").values(vpcId)))
            .subnets()
            .stream()
            .sorted(java.util.Comparator.comparing(Subnet::availabilityZone))
            .limit(2)
            .toList();
    List<Subnet> privateOnes = privateSubnets(run, vpcId, publicOnes);
    return "apiVersion: eksctl.io/v1alpha5\n"
        + "kind: ClusterConfig\n"
        + "metadata:\n"
        + "  name: fresh\n"
        + "  region: us-west-2\n"
        + "vpc:\n"
        + "  id: "
        + vpcId
        + "\n"
        + "  subnets:\n"
        + "    public:\n"
        + subnetLines(publicOnes)
        + "    private:\n"
        + subnetLines(privateOnes)
        + more;
  }

  private static String subnetLines(List<Subnet> subnets) {
    return subnets.stream()
        .map(s -> "      " + s.availabilityZone() + ":\n        id: " + s.subnetId() + "\n")
        .collect(Collectors.joining());
  }

  static List<String> changes(Plan plan) {
    return plan.changes().stream()
        .filter(Change::isChange)
        .map(c -> c.action().word() + " " + c.address())
        .toList();
  }

  static Change change(Plan plan, String address) {
    return plan.changes().stream()
        .filter(c -> c.address().toString().equals(address))
        .findFirst()
        .orElseThrow(() -> new AssertionError(address + " in " + changes(plan)));
  }

  @Test
  void aBareClusterIsCreatedWithItsRoleAndThenPlansNoChanges() {
    ClusterSpec desired =
        ScenarioRun.config(config(run, "addonsConfig:\n  disableDefaultAddons: true\n"));
    Plan plan = run.plan(desired);
    assertEquals(List.of(), plan.problems());
    assertEquals(List.of("create cluster_role", "create cluster"), changes(plan));
    Change cluster = change(plan, "cluster");
    assertTrue(Unknown.is(cluster.after().get("role_arn")), cluster.after().toString());
    assertEquals("1.34", cluster.after().get("version").asString());
    assertEquals(List.of(ResourceAddress.of("cluster_role")), cluster.dependsOn());
    run.apply(plan);
    Plan next = run.plan(desired);
    assertEquals(List.of(), changes(next));
    assertEquals(Action.NO_OP, change(next, "cluster").action());
    // The plan made before the cluster existed is stale once it does.
    assertTrue(
        StalePlan.differences(plan, next).contains("eks:cluster/fresh changed"),
        StalePlan.differences(plan, next).toString());
  }

  @Test
  void everythingOnTheNewClusterIsPlannedAfterItAndCreated() {
    ClusterSpec desired = ScenarioRun.config(config(run, FULL));
    Plan plan = run.plan(desired);
    assertFalse(plan.hasErrors(), plan.problems().toString());
    assertEquals(
        List.of(
            "create cluster_role",
            "create cluster",
            "create oidc_provider",
            "create kubernetes_namespace.backend",
            "create fargate_pod_execution_role",
            "create node_role",
            "create iam_service_account.backend/reader",
            "create fargate_profile.fp-1",
            "create managed_nodegroup.ng-1",
            "create addon.coredns",
            "create addon.kube-proxy",
            "create addon.metrics-server",
            "create addon.vpc-cni"),
        changes(plan));
    ResourceAddress cluster = ResourceAddress.of("cluster");
    for (Change c : plan.changes()) {
      if (ResourceAddress.types().indexOf(c.address().type())
          > ResourceAddress.types().indexOf("cluster")) {
        assertTrue(c.dependsOn().contains(cluster), c.address() + " follows the cluster");
      }
    }
    assertTrue(Unknown.is(change(plan, "oidc_provider").after().get("url")));
    assertTrue(
        Unknown.is(change(plan, "iam_service_account.backend/reader").after().get("trust_policy")));

    run.apply(plan);

    Plan next = run.plan(desired);
    assertEquals(List.of(), changes(next));
    assertEquals(
        List.of("coredns", "kube-proxy", "metrics-server", "vpc-cni"),
        run.aws.eks().listAddons(r -> r.clusterName("fresh")).addons().stream().sorted().toList());
  }

  @Test
  void anApplyStoppedAfterAnyChangeConvergesWithoutDuplicates() {
    String text = config(run, FULL);
    ClusterSpec desired = ScenarioRun.config(text);
    int count = run.plan(desired).changes().size();
    run.close();
    for (int done = 1; done < count; done++) {
      run = new ScenarioRun("empty");
      desired = ScenarioRun.config(config(run, FULL));
      Plan plan = run.plan(desired);
      run.apply(firstChanges(plan, done));
      Plan rest = run.plan(desired);
      assertFalse(rest.hasErrors(), rest.problems().toString());
      assertEquals(count - done, changes(rest).size(), "after " + done + ": " + changes(rest));
      run.apply(rest);
      Plan after = run.plan(desired);
      assertEquals(List.of(), changes(after), "after " + done);
      assertEquals(1, run.aws.eks().listClusters().clusters().size());
      assertEquals(
          1, run.aws.eks().listNodegroups(r -> r.clusterName("fresh")).nodegroups().size());
      assertEquals(
          1,
          run.aws
              .eks()
              .listFargateProfiles(r -> r.clusterName("fresh"))
              .fargateProfileNames()
              .size());
      assertEquals(
          1, run.aws.iam().listOpenIDConnectProviders().openIDConnectProviderList().size());
      run.close();
    }
    run = new ScenarioRun("empty");
  }

  @Test
  void aClusterStillCreatingFromAStoppedApplyIsAdoptedAndWaitedFor() {
    ClusterSpec desired =
        ScenarioRun.config(config(run, "addonsConfig:\n  disableDefaultAddons: true\n"));
    Plan plan = run.plan(desired);
    run.apply(firstChanges(plan, 1));
    String role = run.aws.iam().getRole(r -> r.roleName("eksform-fresh-cluster")).role().arn();
    List<String> subnets =
        change(plan, "cluster")
            .after()
            .get("subnet_ids")
            .valueStream()
            .map(v -> v.asString())
            .toList();
    // What a killed apply leaves: CreateCluster sent, the cluster CREATING.
    run.aws
        .eks()
        .createCluster(
            r -> r.name("fresh").roleArn(role).resourcesVpcConfig(v -> v.subnetIds(subnets)));
    Plan again = run.plan(desired);
    assertEquals(List.of("create cluster"), changes(again));
    run.apply(again);
    assertEquals(
        "ACTIVE", run.aws.eks().describeCluster(r -> r.name("fresh")).cluster().statusAsString());
  }

  @Test
  void subnetsOutsideVpcIdAreAnErrorAtTheirLine() {
    String text = config(run, "");
    String wrongVpc = run.aws.ec2().createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
    text = text.replaceFirst("  id: vpc-[0-9a-z]+\n", "  id: " + wrongVpc + "\n");
    Plan plan = run.plan(ScenarioRun.config(text));
    Set<String> pointers = new TreeSet<>();
    for (PlanProblem p : plan.problems()) {
      assertTrue(p.message().contains("is not in vpc.id " + wrongVpc), p.message());
      pointers.add(p.configPointer());
    }
    assertTrue(pointers.contains("/vpc/subnets/private/us-west-2a/id"), pointers.toString());
    assertEquals(4, pointers.size(), pointers.toString());
  }

  /**
   * {@code plan} cut after its first {@code n} changes in an order apply could run them (the
   * listing, each change moved after what it depends on): what an apply stopped there has done.
   */
  static Plan firstChanges(Plan plan, int n) {
    List<Change> ordered = new java.util.ArrayList<>();
    Set<ResourceAddress> done = new TreeSet<>();
    while (ordered.size() < plan.changes().size()) {
      Change next =
          plan.changes().stream()
              .filter(c -> !done.contains(c.address()))
              .filter(c -> done.containsAll(c.dependsOn()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("a dependency cycle in " + plan.changes()));
      ordered.add(next);
      done.add(next.address());
    }
    List<Change> first = ordered.subList(0, n);
    Set<ResourceAddress> kept = new TreeSet<>();
    first.forEach(c -> kept.add(c.address()));
    for (Change c : first) {
      assertTrue(kept.containsAll(c.dependsOn()), c.address() + " needs " + c.dependsOn());
    }
    return new Plan(
        plan.formatVersion(),
        plan.target(),
        first,
        plan.liveFingerprints(),
        plan.provenance(),
        plan.problems(),
        plan.unmanaged(),
        plan.notActedOn(),
        plan.adopted());
  }
}

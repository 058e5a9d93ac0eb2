package io.eksform.engine.resource.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.LiveCluster;
import io.eksform.engine.live.LiveNetwork;
import io.eksform.engine.live.LiveNetworkObject;
import io.eksform.engine.live.LiveState;
import io.eksform.engine.live.LiveZone;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanProblem;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.plan.Unknown;
import io.eksform.engine.report.plan.PlanFormat;
import io.eksform.engine.report.plan.PlanRenderOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What the network kind plans, from snapshots built here. */
class NetworkPlanTest {
  static final List<LiveZone> ZONES =
      List.of(
          new LiveZone("us-west-2a", "usw2-az1"),
          new LiveZone("us-west-2b", "usw2-az2"),
          new LiveZone("us-west-2c", "usw2-az3"),
          new LiveZone("us-west-2d", "usw2-az4"));

  static Plan planNew(String... lines) {
    return NetworkFixture.plan(
        NetworkFixture.config(lines),
        NetworkFixture.absent(new LiveNetwork(ZONES, List.of(), List.of())));
  }

  static Change change(Plan plan, String address) {
    return plan.changes().stream()
        .filter(c -> c.address().toString().equals(address))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aNewNetworkShowsItsObjectsUnknownIdsAndWhichZonesWereChosen() throws Exception {
    Plan plan = planNew();
    String text = PlanFormat.TEXT.renderer().renderToString(plan, PlanRenderOptions.plain());
    assertTrue(
        text.contains("Summary: 16 to create, 0 to update, 0 to replace, 0 to delete."), text);
    assertTrue(text.contains("+ vpc"), text);
    assertTrue(text.contains("+ nat_gateway.single"), text);
    assertTrue(text.contains(Unknown.TEXT), text);
    assertTrue(text.contains("first by name: us-west-2a, us-west-2b, us-west-2c"), text);
    Change nat = change(plan, "nat_gateway.single");
    assertEquals(
        List.of("subnet.public-us-west-2a", "internet_gateway", "elastic_ip.single"),
        nat.dependsOn().stream().map(ResourceAddress::toString).toList());
    assertEquals("subnet.public-us-west-2a", nat.after().path("subnet").asString());
    assertTrue(Unknown.is(change(plan, "vpc").after().path("id")));
    Change privateA = change(plan, "route_table.private-us-west-2a");
    assertTrue(
        privateA.dependsOn().contains(ResourceAddress.parse("nat_gateway.single")),
        privateA.toString());
    assertEquals(
        "nat_gateway.single", privateA.after().path("routes").get(0).path("target").asString());
    Change shared = change(plan, "security_group.shared_node");
    assertEquals(
        "security_group.shared_node",
        shared.after().path("ingress").get(0).path("source").asString());
    assertEquals(
        Map.of(
            "Name",
            "eksform-fresh-cluster/SubnetPrivateUSWEST2B",
            "kubernetes.io/role/internal-elb",
            "1"),
        io.eksform.engine.apply.Fields.map(
            change(plan, "subnet.private-us-west-2b").after(), "tags"));
  }

  @Test
  void disabledNatMakesNoGatewayAndNoDefaultRoute() {
    Plan plan = planNew("vpc:", "  nat: {gateway: Disable}");
    assertTrue(plan.changes().stream().noneMatch(c -> c.address().type().equals("nat_gateway")));
    assertTrue(plan.changes().stream().noneMatch(c -> c.address().type().equals("elastic_ip")));
    assertEquals(0, change(plan, "route_table.private-us-west-2a").after().path("routes").size());
  }

  @Test
  void mistakesAreErrorsAtTheirLines() {
    assertProblem(
        planNew("kubernetesNetworkConfig:", "  ipFamily: IPv6"),
        "/kubernetesNetworkConfig/ipFamily",
        "IPv6");
    assertProblem(planNew("vpc:", "  nat: {gateway: Double}"), "/vpc/nat/gateway", "Double");
    assertProblem(planNew("vpc:", "  cidr: 10.0.0.0/12"), "/vpc/cidr", "/16 and /24");
    assertProblem(
        planNew("availabilityZones: [us-west-2a, us-west-2z]"),
        "/availabilityZones/1",
        "us-west-2z");
  }

  @Test
  void aBlockChangedAfterCreationIsAnErrorNotAReplacement() {
    LiveNetwork made =
        new LiveNetwork(
            List.of(),
            List.of(
                owned("vpc", "vpc-1", "vpc-1", "vpc", Map.of("cidr", "192.168.0.0/16")),
                owned(
                    "subnet",
                    "subnet-a",
                    "vpc-1",
                    "subnet.public-us-west-2a",
                    Map.of("cidr", "192.168.0.0/19", "zone", "us-west-2a")),
                owned(
                    "subnet",
                    "subnet-b",
                    "vpc-1",
                    "subnet.public-us-west-2b",
                    Map.of("cidr", "192.168.32.0/19", "zone", "us-west-2b"))),
            List.of());
    Plan plan =
        NetworkFixture.plan(NetworkFixture.config("vpc:", "  cidr: 10.0.0.0/16"), exists(made));
    assertProblem(plan, "/vpc/cidr", "fixed once the network is made");
    assertFalse(plan.changes().stream().anyMatch(c -> c.address().type().equals("vpc")));
  }

  @Test
  void aClusterOnAnotherVpcGetsNoNetwork() {
    Plan plan =
        NetworkFixture.plan(
            NetworkFixture.config("vpc:", "  cidr: 10.0.0.0/16"),
            exists(new LiveNetwork(List.of(), List.of(), List.of())));
    assertTrue(plan.changes().isEmpty());
    assertFalse(plan.hasErrors());
    assertEquals("/vpc/cidr", plan.notActedOn().get(0).pointer());
  }

  @Test
  void aSnapshotWithoutTheNetworkPlansNone() {
    Plan plan =
        NetworkFixture.plan(NetworkFixture.config(), NetworkFixture.absent(LiveNetwork.NONE));
    assertTrue(plan.changes().isEmpty());
    assertTrue(plan.problems().isEmpty(), plan.problems().toString());
  }

  @Test
  void aConfigThatNamesItsVpcPlansNoNetwork() {
    Plan plan =
        NetworkFixture.plan(
            NetworkFixture.config("vpc:", "  id: vpc-0abc"),
            NetworkFixture.absent(new LiveNetwork(ZONES, List.of(), List.of())));
    assertTrue(plan.changes().isEmpty());
  }

  @Test
  void destroyDeletesAfterTheClusterAndLeavesWhatAStrangerHolds() {
    LiveNetwork made =
        new LiveNetwork(
            List.of(),
            List.of(
                owned("vpc", "vpc-1", "vpc-1", "vpc", Map.of("cidr", "192.168.0.0/16")),
                owned(
                    "subnet",
                    "subnet-a",
                    "vpc-1",
                    "subnet.public-us-west-2a",
                    Map.of("cidr", "192.168.0.0/19", "zone", "us-west-2a")),
                owned(
                    "subnet",
                    "subnet-b",
                    "vpc-1",
                    "subnet.private-us-west-2a",
                    Map.of("cidr", "192.168.96.0/19", "zone", "us-west-2a")),
                owned(
                    "nat_gateway",
                    "nat-1",
                    "vpc-1",
                    "nat_gateway.single",
                    Map.of("subnet", "subnet-a", "allocation", "eipalloc-1")),
                owned("elastic_ip", "eipalloc-1", "", "elastic_ip.single", Map.of())),
            List.of(
                new LiveNetworkObject(
                    "network_interface",
                    "eni-9",
                    "vpc-1",
                    Map.of(),
                    new TreeMap<>(Map.of("subnet", "subnet-b", "description", "my instance")))));
    Plan plan = NetworkFixture.destroy(NetworkFixture.config(), NetworkFixture.absent(made));
    assertEquals(
        List.of("subnet.public-us-west-2a", "elastic_ip.single", "nat_gateway.single"),
        plan.changes().stream()
            .sorted(java.util.Comparator.comparing(Change::address))
            .map(c -> c.address().toString())
            .toList(),
        "the VPC and the subnet the interface is in are left");
    assertTrue(
        plan.unmanaged().get(0).contains("eni-9 (my instance) in subnet subnet-b"),
        plan.unmanaged().toString());
    for (Change c : plan.changes()) {
      assertTrue(c.dependsOn().contains(ResourceAddress.of(ResourceAddress.CLUSTER)), c.toString());
    }
    assertTrue(
        change(plan, "elastic_ip.single")
            .dependsOn()
            .contains(ResourceAddress.parse("nat_gateway.single")));
    assertTrue(
        change(plan, "subnet.public-us-west-2a")
            .dependsOn()
            .contains(ResourceAddress.parse("nat_gateway.single")));
  }

  static LiveNetworkObject owned(
      String type, String id, String vpc, String address, Map<String, String> facts) {
    return new LiveNetworkObject(
        type,
        id,
        vpc,
        ManagedNames.ownershipTags(NetworkFixture.CLUSTER, address),
        new TreeMap<>(facts));
  }

  /** A snapshot in which the cluster exists, with {@code network}. */
  static LiveState exists(LiveNetwork network) {
    LiveCluster cluster =
        new LiveCluster(
            NetworkFixture.CLUSTER,
            "arn:aws:eks:us-west-2:123456789012:cluster/fresh",
            "1.30",
            "ACTIVE",
            "",
            "",
            Optional.empty(),
            "vpc-1",
            List.of(),
            new java.util.TreeSet<>(),
            true,
            false,
            Map.of());
    return new LiveState(
            "123456789012",
            "us-west-2",
            cluster,
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            Map.of(),
            Set.of(),
            List.of(),
            List.of(),
            new TreeMap<>())
        .withNetwork(network);
  }

  static void assertProblem(Plan plan, String pointer, String words) {
    List<PlanProblem> found =
        plan.problems().stream().filter(p -> p.configPointer().equals(pointer)).toList();
    assertFalse(found.isEmpty(), () -> "no problem at " + pointer + ": " + plan.problems());
    assertTrue(found.get(0).message().contains(words), found.get(0).message());
  }
}

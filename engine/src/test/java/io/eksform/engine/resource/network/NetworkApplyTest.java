package io.eksform.engine.resource.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.apply.ApplyResult;
import io.eksform.engine.apply.ApplySettings;
import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.kinds.Applier;
import io.eksform.engine.live.LiveNetwork;
import io.eksform.engine.live.LiveNetworkObject;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * On the sandbox's empty account: the plan of a new network creates exactly eksctl's objects, a
 * second plan is empty, and destroying it leaves the account's EC2 lists as they were.
 */
class NetworkApplyTest {
  static Sandbox start() {
    return Sandbox.start(SandboxOptions.defaults().withScenario("empty").withTimeScale(0.002));
  }

  static ApplyResult apply(AwsClients aws, Plan plan) {
    return new Applier(
            aws,
            ApplySettings.defaults().withPolling(Duration.ofMillis(50), Duration.ofMillis(100)),
            e -> {})
        .apply(plan);
  }

  @Test
  void createsEksctlsNetworkThenDestroysItAll() {
    ClusterSpec desired = NetworkFixture.config();
    try (Sandbox sandbox = start();
        AwsClients aws = NetworkFixture.clients(sandbox)) {
      Map<String, Set<String>> before = NetworkFixture.ec2Lists(aws);
      Plan plan = NetworkFixture.plan(desired, NetworkFixture.absent(NetworkFixture.read(aws)));
      assertFalse(plan.hasErrors(), plan.problems().toString());
      assertEquals(
          List.of(
              "vpc",
              "subnet.private-us-west-2a",
              "subnet.private-us-west-2b",
              "subnet.private-us-west-2c",
              "subnet.public-us-west-2a",
              "subnet.public-us-west-2b",
              "subnet.public-us-west-2c",
              "internet_gateway",
              "elastic_ip.single",
              "nat_gateway.single",
              "route_table.private-us-west-2a",
              "route_table.private-us-west-2b",
              "route_table.private-us-west-2c",
              "route_table.public",
              "security_group.control_plane",
              "security_group.shared_node"),
          plan.changes().stream()
              .sorted(java.util.Comparator.comparing(Change::address))
              .map(c -> c.address().toString())
              .toList());
      assertTrue(plan.changes().stream().allMatch(c -> c.action() == Action.CREATE));

      ApplyResult result = apply(aws, plan);
      assertTrue(result.succeeded(), result.toString());

      LiveNetwork made = NetworkFixture.read(aws);
      Map<String, Integer> counts = new TreeMap<>();
      for (LiveNetworkObject o : made.objects()) {
        counts.merge(o.type(), 1, Integer::sum);
        assertTrue(ManagedNames.createdByEksform(o.tags(), NetworkFixture.CLUSTER), o.toString());
      }
      assertEquals(
          Map.of(
              "vpc", 1,
              "subnet", 6,
              "internet_gateway", 1,
              "elastic_ip", 1,
              "nat_gateway", 1,
              "route_table", 4,
              "security_group", 2),
          counts);
      LiveNetworkObject publicA = made.byResourceTag("subnet.public-us-west-2a").orElseThrow();
      assertEquals("1", publicA.tag("kubernetes.io/role/elb"));
      assertEquals("true", publicA.fact("map_public_ip_on_launch"));
      assertEquals(
          "1",
          made.byResourceTag("subnet.private-us-west-2b")
              .orElseThrow()
              .tag("kubernetes.io/role/internal-elb"));
      String nat = made.byResourceTag("nat_gateway.single").orElseThrow().id();
      assertEquals(
          "0.0.0.0/0>" + nat,
          made.byResourceTag("route_table.private-us-west-2c").orElseThrow().fact("routes"));
      String shared = made.byResourceTag("security_group.shared_node").orElseThrow().id();
      assertEquals(
          "-1:all:" + shared,
          made.byResourceTag("security_group.shared_node").orElseThrow().fact("ingress"));

      Plan again = NetworkFixture.plan(desired, NetworkFixture.absent(made));
      assertFalse(again.hasChanges(), again.effectiveChanges().toString());
      assertFalse(again.hasErrors(), again.problems().toString());

      Plan destroy = NetworkFixture.destroy(desired, NetworkFixture.absent(made));
      assertEquals(16, destroy.changes().size());
      assertTrue(destroy.changes().stream().allMatch(c -> c.action() == Action.DELETE));
      ApplyResult gone = apply(aws, destroy);
      assertTrue(gone.succeeded(), gone.toString());
      assertEquals(before, NetworkFixture.ec2Lists(aws));
      assertTrue(NetworkFixture.read(aws).objects().isEmpty());
    }
  }

  @Test
  void highlyAvailableNatMakesOneGatewayPerZone() {
    ClusterSpec desired =
        NetworkFixture.config(
            "availabilityZones: [us-west-2b, us-west-2d]",
            "vpc:",
            "  nat: {gateway: HighlyAvailable}");
    try (Sandbox sandbox = start();
        AwsClients aws = NetworkFixture.clients(sandbox)) {
      Plan plan = NetworkFixture.plan(desired, NetworkFixture.absent(NetworkFixture.read(aws)));
      assertTrue(apply(aws, plan).succeeded());
      LiveNetwork made = NetworkFixture.read(aws);
      String natB = made.byResourceTag("nat_gateway.us-west-2b").orElseThrow().id();
      String natD = made.byResourceTag("nat_gateway.us-west-2d").orElseThrow().id();
      assertEquals(
          "0.0.0.0/0>" + natB,
          made.byResourceTag("route_table.private-us-west-2b").orElseThrow().fact("routes"));
      assertEquals(
          "0.0.0.0/0>" + natD,
          made.byResourceTag("route_table.private-us-west-2d").orElseThrow().fact("routes"));
      assertEquals(2, made.ofType("elastic_ip").size());
      Plan again = NetworkFixture.plan(desired, NetworkFixture.absent(made));
      assertFalse(again.hasChanges(), again.effectiveChanges().toString());
    }
  }
}

package io.eksform.engine.resource.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.apply.ApplyResult;
import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.live.LiveNetwork;
import io.eksform.engine.live.LiveNetworkObject;
import io.eksform.engine.plan.Plan;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import io.eksform.sandbox.http.FaultRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An apply of a new network stopped at each of its EC2 calls (the call fails on every attempt)
 * converges on a second apply with a plan made afresh: the objects the first made are adopted by
 * their tags, none is made twice, and a third plan is empty.
 */
class NetworkConvergenceTest {
  static Sandbox start(Path state, List<FaultRule> faults) {
    return Sandbox.start(
        SandboxOptions.defaults()
            .withScenario("empty")
            .withTimeScale(0.002)
            .withStateFile(state)
            .withFaults(faults));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CreateVpc",
        "ModifyVpcAttribute",
        "CreateSubnet",
        "ModifySubnetAttribute",
        "CreateInternetGateway",
        "AttachInternetGateway",
        "AllocateAddress",
        "CreateNatGateway",
        "CreateRouteTable",
        "CreateRoute",
        "AssociateRouteTable",
        "CreateSecurityGroup",
        "AuthorizeSecurityGroupIngress"
      })
  void anApplyStoppedAtAnyCallConverges(String operation) throws IOException {
    ClusterSpec desired = NetworkFixture.config("vpc:", "  nat: {gateway: HighlyAvailable}");
    Path dir = Files.createTempDirectory("eksform-network");
    Path state = dir.resolve("state.json");
    try {
      Map<String, Set<String>> empty;
      FaultRule fault = new FaultRule(operation, Duration.ZERO, 0, 1.0, 0);
      try (Sandbox broken = start(state, List.of(fault));
          // Tried once: the fault fails every attempt, so retries would only wait.
          AwsClients aws = NetworkFixture.clients(broken, 1)) {
        empty = NetworkFixture.ec2Lists(aws);
        Plan plan = NetworkFixture.plan(desired, NetworkFixture.absent(NetworkFixture.read(aws)));
        ApplyResult first = NetworkApplyTest.apply(aws, plan);
        assertFalse(first.succeeded(), "the fault in " + operation + " stops the apply");
      }
      try (Sandbox healthy = start(state, List.of());
          AwsClients aws = NetworkFixture.clients(healthy)) {
        Plan plan = NetworkFixture.plan(desired, NetworkFixture.absent(NetworkFixture.read(aws)));
        assertFalse(plan.hasErrors(), plan.problems().toString());
        ApplyResult second = NetworkApplyTest.apply(aws, plan);
        assertTrue(second.succeeded(), second.toString());
        LiveNetwork made = NetworkFixture.read(aws);
        Plan after = NetworkFixture.plan(desired, NetworkFixture.absent(made));
        assertFalse(after.hasChanges(), after.effectiveChanges().toString());
        Map<String, Integer> counts = new TreeMap<>();
        made.objects().forEach(o -> counts.merge(o.type(), 1, Integer::sum));
        assertEquals(
            Map.of(
                "vpc", 1,
                "subnet", 6,
                "internet_gateway", 1,
                "elastic_ip", 3,
                "nat_gateway", 3,
                "route_table", 4,
                "security_group", 2),
            counts,
            "one object per address after a stop at " + operation);
        Map<String, Set<String>> lists = NetworkFixture.ec2Lists(aws);
        // Besides eksform's objects, only the VPC's own main route table and default group.
        assertEquals(empty.get("vpcs").size() + 1, lists.get("vpcs").size());
        assertEquals(empty.get("route tables").size() + 5, lists.get("route tables").size());
        assertEquals(empty.get("security groups").size() + 3, lists.get("security groups").size());
        assertEquals(empty.get("elastic ips").size() + 3, lists.get("elastic ips").size());
        assertEquals(empty.get("nat gateways").size() + 3, lists.get("nat gateways").size());
        assertTrue(
            made.objects().stream().map(LiveNetworkObject::id).distinct().count()
                == made.objects().size());
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}

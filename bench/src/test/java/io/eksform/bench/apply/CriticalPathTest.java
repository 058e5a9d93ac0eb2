package io.eksform.bench.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Json;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanTarget;
import io.eksform.engine.plan.Provenance;
import io.eksform.engine.plan.ResourceAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CriticalPathTest {
  private static final Map<String, Long> SECONDS =
      Map.of("cluster", 10L, "fargate_profile", 2L, "managed_nodegroup", 3L, "addon", 1L);

  @Test
  void theLongestChainOfDependenciesBoundsTheMakespan() {
    Plan plan =
        plan(
            change("cluster", ""),
            change("managed_nodegroup", "a", "cluster"),
            change("addon", "vpc-cni", "cluster"),
            change("managed_nodegroup", "b", "cluster"));
    CriticalPath path = CriticalPath.of(plan, CriticalPathTest::seconds, c -> false);
    assertEquals(Duration.ofSeconds(13), path.bound());
    assertEquals(Duration.ofSeconds(17), path.sequential());
  }

  @Test
  void changesAwsRunsOneAtATimeAddUpAfterTheEarliestOfThemCanStart() {
    Plan plan =
        plan(
            change("cluster", ""),
            change("fargate_profile", "a", "cluster"),
            change("fargate_profile", "b", "cluster"),
            change("fargate_profile", "c", "cluster"),
            change("managed_nodegroup", "a", "cluster"));
    CriticalPath path =
        CriticalPath.of(
            plan,
            CriticalPathTest::seconds,
            c -> c.address().type().equals(ResourceAddress.FARGATE_PROFILE));
    assertEquals(Duration.ofSeconds(16), path.bound());
  }

  private static Duration seconds(Change c) {
    return Duration.ofSeconds(SECONDS.getOrDefault(c.address().type(), 0L));
  }

  private static Change change(String type, String name, String... after) {
    return new Change(
        ResourceAddress.of(type, name),
        Action.CREATE,
        Json.object(),
        Json.object(),
        List.of(),
        List.of("test"),
        List.of(after).stream().map(ResourceAddress::parse).toList(),
        "");
  }

  private static Plan plan(Change... changes) {
    return new Plan(
        Plan.FORMAT_VERSION,
        new PlanTarget("c", "us-west-2", "123456789012"),
        List.of(changes),
        new TreeMap<>(),
        new Provenance("test", "c.yaml", "c", "p", Optional.empty()),
        List.of(),
        List.of());
  }
}

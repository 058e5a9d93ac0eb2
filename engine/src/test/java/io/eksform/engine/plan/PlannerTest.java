package io.eksform.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.FargateProfileSpec;
import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.desired.Selector;
import io.eksform.engine.kinds.Planner;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.live.LiveFargateProfile;
import io.eksform.engine.live.LiveNodeGroup;
import io.eksform.engine.live.LiveState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The planner on hand-made values: one behaviour per test. */
class PlannerTest {
  private static final PlanOptions OPTIONS =
      new PlanOptions(false, new Provenance("t", "c.yaml", "d", "p", Optional.empty()));

  private static ClusterSpec cluster(
      Optional<String> version, List<FargateProfileSpec> profiles, List<NodeGroupSpec> groups) {
    return new ClusterSpec(
        "c",
        "us-west-2",
        version,
        Map.of(),
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        profiles,
        groups,
        List.of());
  }

  private static LiveState live(List<LiveFargateProfile> profiles, List<LiveNodeGroup> groups) {
    LiveState empty = LiveFromDesired.empty("c", "1.31");
    return new LiveState(
        empty.accountId(),
        empty.region(),
        empty.cluster(),
        Optional.empty(),
        profiles,
        groups,
        List.of(),
        Map.of(),
        empty.namespaces(),
        List.of(),
        empty.subnets(),
        new TreeMap<>());
  }

  /** A private managed node group "ng" of one instance type and these sizes. */
  private static NodeGroupSpec nodeGroup(String instanceType, int min, int max, int desired) {
    return new NodeGroupSpec(
        "ng",
        List.of(instanceType),
        Optional.empty(),
        Optional.of(min),
        Optional.of(max),
        Optional.of(desired),
        Optional.empty(),
        false,
        true,
        List.of(),
        Map.of(),
        List.of(),
        Map.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "/managedNodeGroups/0");
  }

  private static Change change(Plan plan, String address) {
    return plan.changes().stream()
        .filter(c -> c.address().toString().equals(address))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aVersionTwoMinorsAheadUpgradesOneMinorAndSaysSo() {
    Plan plan =
        Planner.plan(
            cluster(Optional.of("1.33"), List.of(), List.of()),
            live(List.of(), List.of()),
            OPTIONS);
    Change c = change(plan, "cluster");
    assertEquals(Action.UPDATE, c.action());
    assertEquals("1.32", c.after().get("version").asString());
    assertTrue(c.reasons().get(0).contains("one minor version at a time"), c.reasons().toString());
  }

  @Test
  void aDowngradeIsAnErrorAtTheVersionLine() {
    Plan plan =
        Planner.plan(
            cluster(Optional.of("1.30"), List.of(), List.of()),
            live(List.of(), List.of()),
            OPTIONS);
    assertTrue(plan.hasErrors());
    assertEquals("/metadata/version", plan.problems().get(0).configPointer());
    assertEquals(Severity.ERROR, plan.problems().get(0).severity());
  }

  @Test
  void aPublicSubnetForAFargateProfileIsAnErrorAtThatSubnet() {
    FargateProfileSpec fp =
        new FargateProfileSpec(
            "fp",
            List.of(new Selector("apps", Map.of())),
            List.of("subnet-p1", "subnet-a1"),
            Optional.of("arn:aws:iam::1:role/r"),
            Map.of(),
            "/fargateProfiles/0");
    Plan plan =
        Planner.plan(
            cluster(Optional.empty(), List.of(fp), List.of()), live(List.of(), List.of()), OPTIONS);
    assertEquals("/fargateProfiles/0/subnets/1", plan.problems().get(0).configPointer());
    assertTrue(plan.problems().get(0).message().contains("is public"));
  }

  @Test
  void onlyTagsOfAFargateProfileChangeInPlace() {
    FargateProfileSpec fp =
        new FargateProfileSpec(
            "fp",
            List.of(new Selector("apps", Map.of())),
            List.of(),
            Optional.of("arn:aws:iam::1:role/r"),
            Map.of("team", "b"),
            "/fargateProfiles/0");
    LiveFargateProfile existing =
        new LiveFargateProfile(
            "fp",
            "arn",
            "ACTIVE",
            List.of(new Selector("apps", Map.of())),
            LiveFromDesired.PRIVATE,
            "arn:aws:iam::1:role/r",
            Map.of("team", "a"));
    Plan plan =
        Planner.plan(
            cluster(Optional.empty(), List.of(fp), List.of()),
            live(List.of(existing), List.of()),
            OPTIONS);
    assertEquals(Action.UPDATE, change(plan, "fargate_profile.fp").action());
  }

  @Test
  void aProfileNotInTheConfigIsListedAndOnlyPrunedWhenOwnedAndAsked() {
    LiveFargateProfile stray =
        new LiveFargateProfile(
            "old",
            "arn",
            "ACTIVE",
            List.of(new Selector("x", Map.of())),
            LiveFromDesired.PRIVATE,
            "arn:aws:iam::1:role/r",
            Map.of("eksform.io/cluster", "c", "eksform.io/managed-by", "eksform"));
    LiveFargateProfile foreign =
        new LiveFargateProfile(
            "theirs",
            "arn2",
            "ACTIVE",
            List.of(new Selector("y", Map.of())),
            LiveFromDesired.PRIVATE,
            "arn:aws:iam::1:role/r",
            Map.of());
    ClusterSpec spec = cluster(Optional.empty(), List.of(), List.of());
    Plan keep = Planner.plan(spec, live(List.of(stray, foreign), List.of()), OPTIONS);
    assertTrue(keep.effectiveChanges().stream().noneMatch(c -> c.action() == Action.DELETE));
    assertEquals(2, keep.unmanaged().size());
    Plan prune =
        Planner.plan(
            spec,
            live(List.of(stray, foreign), List.of()),
            new PlanOptions(true, OPTIONS.provenance()));
    assertEquals(Action.DELETE, change(prune, "fargate_profile.old").action());
    assertTrue(prune.changes().stream().noneMatch(c -> c.address().name().equals("theirs")));
  }

  @Test
  void scalingIsInPlaceButAnotherInstanceTypeReplacesTheNodeGroup() {
    LiveNodeGroup existing =
        new LiveNodeGroup(
            "ng",
            "arn",
            "ACTIVE",
            List.of("m5.large"),
            "AL2023_x86_64_STANDARD",
            "ON_DEMAND",
            1,
            3,
            2,
            Optional.of(80),
            LiveFromDesired.PRIVATE,
            Map.of(),
            List.of(),
            Map.of(),
            "1.31",
            "arn:role",
            Optional.of(1),
            Optional.empty());
    NodeGroupSpec scaled = nodeGroup("m5.large", 1, 5, 3);
    Plan update =
        Planner.plan(
            cluster(Optional.empty(), List.of(), List.of(scaled)),
            live(List.of(), List.of(existing)),
            OPTIONS);
    assertEquals(Action.UPDATE, change(update, "managed_nodegroup.ng").action());
    NodeGroupSpec bigger = nodeGroup("m5.xlarge", 1, 3, 2);
    Change replace =
        change(
            Planner.plan(
                cluster(Optional.empty(), List.of(), List.of(bigger)),
                live(List.of(), List.of(existing)),
                OPTIONS),
            "managed_nodegroup.ng");
    assertEquals(Action.REPLACE, replace.action());
    assertTrue(replace.reasons().get(0).startsWith("instance_types"), replace.reasons().toString());
  }

  @Test
  void aProfileThatReplacedAnotherUnderANewNameStandsForIt() {
    FargateProfileSpec fp =
        new FargateProfileSpec(
            "fp",
            List.of(new Selector("apps", Map.of())),
            List.of(),
            Optional.of("arn:aws:iam::1:role/r"),
            Map.of(),
            "/fargateProfiles/0");
    LiveFargateProfile replacement =
        new LiveFargateProfile(
            "fp-1a2b",
            "arn",
            "ACTIVE",
            List.of(new Selector("apps", Map.of())),
            LiveFromDesired.PRIVATE,
            "arn:aws:iam::1:role/r",
            Map.of("eksform.io/resource", "fargate_profile.fp", "eksform.io/cluster", "c"));
    Plan plan =
        Planner.plan(
            cluster(Optional.empty(), List.of(fp), List.of()),
            live(List.of(replacement), List.of()),
            OPTIONS);
    assertEquals(Action.NO_OP, change(plan, "fargate_profile.fp").action());
    assertTrue(plan.unmanaged().isEmpty(), plan.unmanaged().toString());
  }
}

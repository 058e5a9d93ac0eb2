package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.ConfigFingerprint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StalePlanTest {
  @Test
  void aPlanWithTheSameFingerprintsAndDigestsIsCurrent() {
    var fp = Map.of("iam:oidc-provider", "absent", "eks:cluster/c1", "abc");
    assertEquals(
        List.of(),
        StalePlan.differences(
            PlanValues.plan(List.of(), fp, "d1"), PlanValues.plan(List.of(), fp, "d1")));
  }

  @Test
  void everyChangedObjectAndTheConfigAreNamed() {
    var saved =
        PlanValues.plan(
            List.of(),
            Map.of("iam:oidc-provider", "absent", "eks:cluster/c1", "abc", "eks:addon/x", "1"),
            "d1");
    var fresh =
        PlanValues.plan(
            List.of(),
            Map.of("iam:oidc-provider", "f00", "eks:cluster/c1", "abd", "eks:nodegroup/n", "2"),
            "d2");
    assertEquals(
        List.of(
            "the config file c.yaml changed",
            "eks:addon/x disappeared",
            "eks:cluster/c1 changed",
            "eks:nodegroup/n appeared",
            "iam:oidc-provider appeared"),
        StalePlan.differences(saved, fresh));
  }

  static Optional<ConfigFingerprint> config(Map<String, String> leaves) {
    return Optional.of(new ConfigFingerprint(leaves.toString(), new TreeMap<>(leaves)));
  }

  @Test
  void aConfigWhoseTextChangedButNotItsContentLeavesThePlanCurrent() {
    var leaves = Map.of("/metadata/name", "a1", "/fargateProfiles/0/name", "b2");
    assertEquals(
        List.of(),
        StalePlan.differences(
            PlanValues.plan(List.of(), Map.of(), "text-1", config(leaves)),
            PlanValues.plan(List.of(), Map.of(), "text-2", config(leaves))));
  }

  @Test
  void aConfigWhoseContentChangedNamesThePaths() {
    var saved =
        PlanValues.plan(
            List.of(),
            Map.of(),
            "t",
            config(
                Map.of("/metadata/name", "a1", "/fargateProfiles/0/selectors/0/labels/app", "v1")));
    var fresh =
        PlanValues.plan(
            List.of(),
            Map.of(),
            "t",
            config(
                Map.of("/metadata/name", "a1", "/fargateProfiles/0/selectors/0/labels/app", "v2")));
    assertEquals(
        List.of(
            "the config file c.yaml changed (fargateProfiles[0].selectors[0].labels.app changed)"),
        StalePlan.differences(saved, fresh));
  }

  @Test
  void manyChangedPathsAreCounted() {
    Map<String, String> before = new TreeMap<>();
    Map<String, String> after = new TreeMap<>();
    for (int i = 0; i < 7; i++) {
      before.put("/tags/t" + i, "x");
      after.put("/tags/t" + i, "y");
    }
    assertEquals(
        List.of(
            "the config file c.yaml changed (tags.t0 changed, tags.t1 changed, tags.t2 changed,"
                + " tags.t3 changed, tags.t4 changed, and 2 more)"),
        StalePlan.differences(
            PlanValues.plan(List.of(), Map.of(), "t", config(before)),
            PlanValues.plan(List.of(), Map.of(), "t", config(after))));
  }

  @Test
  void aPlanOfFormat11IsComparedByTheTextOfTheConfig() {
    var fresh = PlanValues.plan(List.of(), Map.of(), "text-1", config(Map.of("/a", "1")));
    assertEquals(
        List.of(), StalePlan.differences(PlanValues.plan(List.of(), Map.of(), "text-1"), fresh));
    assertEquals(
        List.of("the config file c.yaml changed"),
        StalePlan.differences(PlanValues.plan(List.of(), Map.of(), "text-0"), fresh));
  }

  @Test
  void aPlanWhoseObjectsOnlyMovedOnDoesTheSameWork() {
    var work = List.of(PlanValues.change("iam_service_account.ns/sa", Action.UPDATE));
    var planned = PlanValues.plan(work, Map.of("eks:fargateprofile/p", "creating"), "d1");
    var movedOn = PlanValues.plan(work, Map.of("eks:fargateprofile/p", "active"), "d1");
    var more =
        PlanValues.plan(
            List.of(
                PlanValues.change("iam_service_account.ns/sa", Action.UPDATE),
                PlanValues.change("fargate_profile.p", Action.CREATE)),
            Map.of(),
            "d1");

    assertFalse(StalePlan.differences(planned, movedOn).isEmpty());
    assertTrue(StalePlan.sameWork(planned, movedOn));
    assertFalse(StalePlan.sameWork(planned, more));
  }

  @Test
  void anotherTargetOrEndStateIsOtherWorkAndNamed() {
    var work = List.of(PlanValues.change("iam_service_account.ns/sa", Action.UPDATE));
    var planned = PlanValues.plan(work, Map.of(), "d1");
    var elsewhere =
        new io.eksform.engine.plan.Plan(
            planned.formatVersion(),
            new io.eksform.engine.plan.PlanTarget("c2", "us-west-2", "123456789012"),
            planned.changes(),
            planned.liveFingerprints(),
            planned.provenance(),
            List.of(),
            List.of());
    assertFalse(StalePlan.sameWork(planned, elsewhere));
    assertEquals(
        List.of(
            "the plan is for cluster c2 in us-west-2, account 123456789012, but its config and"
                + " credentials now reach cluster c1 in us-west-2, account 123456789012"),
        PlanWork.differences(elsewhere, planned));
    var c = work.get(0);
    var edited =
        new io.eksform.engine.plan.Change(
            c.address(),
            c.action(),
            c.before(),
            tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("role", "x"),
            c.attributes(),
            c.reasons(),
            c.dependsOn(),
            c.configPointer());
    assertEquals(
        List.of("iam_service_account.ns/sa: its end state differs (role)"),
        PlanWork.differences(PlanValues.plan(List.of(edited), Map.of(), "d1"), planned));
  }
}

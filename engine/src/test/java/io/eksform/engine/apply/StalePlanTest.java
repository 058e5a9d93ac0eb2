package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.plan.Action;
import java.util.List;
import java.util.Map;
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
}

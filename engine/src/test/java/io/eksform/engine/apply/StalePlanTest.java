package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}

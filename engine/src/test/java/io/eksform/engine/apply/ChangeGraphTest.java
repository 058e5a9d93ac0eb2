package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.engine.plan.Action;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeGraphTest {
  final ChangeGraph graph =
      new ChangeGraph(
          PlanValues.plan(
              List.of(
                  PlanValues.change("cluster", Action.NO_OP),
                  PlanValues.change("oidc_provider", Action.CREATE, "cluster"),
                  PlanValues.change("kubernetes_namespace.ns", Action.CREATE),
                  PlanValues.change(
                      "iam_service_account.ns/sa",
                      Action.CREATE,
                      "oidc_provider",
                      "kubernetes_namespace.ns"),
                  PlanValues.change("fargate_pod_execution_role", Action.NO_OP),
                  PlanValues.change(
                      "fargate_profile.fp", Action.CREATE, "fargate_pod_execution_role")),
              Map.of(),
              "d"));

  @Test
  void noOpsAreNotRunAndAreNoDependency() {
    assertEquals(
        List.of(
            "oidc_provider",
            "kubernetes_namespace.ns",
            "iam_service_account.ns/sa",
            "fargate_profile.fp"),
        graph.addresses());
    assertEquals(Set.of(), graph.needs("oidc_provider"));
    assertEquals(Set.of(), graph.needs("fargate_profile.fp"));
  }

  @Test
  void aFailureStopsExactlyWhatWaitsForIt() {
    assertEquals(Set.of("iam_service_account.ns/sa"), graph.dependentsOf("oidc_provider"));
    assertEquals(Set.of(), graph.dependentsOf("fargate_profile.fp"));
  }
}

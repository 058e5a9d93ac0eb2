package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A change whose steps cannot be made (a saved plan missing a field a step needs) fails that change
 * and those that wait for it, with the reason; the others still run, and nothing escapes as an
 * internal error.
 */
class UnbuildableStepsTest {
  ScenarioRun run;

  @BeforeEach
  void start() {
    run = new ScenarioRun("eksworkshop");
  }

  @AfterEach
  void stop() {
    run.close();
  }

  @Test
  void onlyTheChangeWithoutStepsFails() {
    Plan plan =
        run.plan(
            ScenarioRun.config(
                "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n"
                    + "metadata: {name: eksworkshop-eksctl, region: us-west-2}\n"
                    + "fargateProfiles:\n  - name: fp\n    selectors: [{namespace: team}]\n"));
    List<String> addresses =
        plan.effectiveChanges().stream().map(c -> c.address().toString()).toList();
    assertEquals(
        List.of("fargate_pod_execution_role", "fargate_profile.fp"),
        addresses.stream().sorted().toList());
    Runner runner =
        new Runner(
            run.aws,
            ApplySettings.defaults().withPolling(Duration.ofMillis(100), Duration.ofMillis(200)),
            e -> {},
            (Change c) -> {
              if (c.address().toString().equals("fargate_pod_execution_role")) {
                throw new IllegalArgumentException("the saved change has no field 'role_name'");
              }
              return List.of();
            });

    ApplyResult result = runner.apply(plan);

    assertTrue(
        result.failed().get("fargate_pod_execution_role").contains("role_name"), result.toString());
    assertEquals(List.of("fargate_profile.fp"), result.notStarted(), result.toString());
  }
}

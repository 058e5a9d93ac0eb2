package io.eksform.engine.apply;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.kinds.Applier;
import io.eksform.engine.kinds.Planner;
import io.eksform.engine.live.LiveReader;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanOptions;
import io.eksform.engine.plan.Provenance;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;

/**
 * A sandbox account started from a built-in scenario (in us-west-2, its clock fast), with the
 * engine's clients on it: configs from YAML text, plans from live reads, applies with short polls.
 */
final class ScenarioRun implements AutoCloseable {
  final Sandbox sandbox;
  final AwsClients aws;

  ScenarioRun(String scenario) {
    sandbox = Sandbox.start(SandboxOptions.defaults().withScenario(scenario).withTimeScale(0.005));
    aws = new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true));
  }

  static ClusterSpec config(String yaml) {
    var loaded =
        new ConfigLoader(LoadOptions.defaults(), InputStream.nullInputStream())
            .load(SourceText.of("clusterconfig.yaml", yaml));
    return DesiredState.from(loaded.configs().get(0));
  }

  Plan plan(ClusterSpec desired) {
    return Planner.plan(
        desired,
        new LiveReader(aws, 8).read(desired),
        new PlanOptions(false, new Provenance("test", "c.yaml", "c", "p", Optional.empty())));
  }

  /** Applies {@code plan}; every change must succeed. */
  void apply(Plan plan) {
    ApplyResult result =
        new Applier(
                aws,
                ApplySettings.defaults()
                    .withPolling(Duration.ofMillis(100), Duration.ofMillis(200)),
                e -> {})
            .apply(plan);
    assertTrue(result.succeeded(), result.toString());
  }

  @Override
  public void close() {
    aws.close();
    sandbox.close();
  }
}

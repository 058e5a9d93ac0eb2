package io.eksform.bench.apply;

import io.eksform.engine.apply.ApplyResult;
import io.eksform.engine.apply.ApplySettings;
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
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * One measured apply: a fresh sandbox of a scenario at a time scale, the config planned against it,
 * the plan applied, its makespan set against the plan's critical path with the sandbox's durations.
 */
record MakespanRun(Duration makespan, CriticalPath path, int changes) {
  static MakespanRun once(String scenario, double scale, String yaml, PlanOptions options) {
    try (Sandbox sandbox =
            Sandbox.start(SandboxOptions.defaults().withScenario(scenario).withTimeScale(scale));
        AwsClients aws =
            new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true))) {
      ClusterSpec desired = config(yaml);
      Plan plan = Planner.plan(desired, new LiveReader(aws, 16).read(desired), options);
      if (plan.hasErrors()) {
        throw new IllegalStateException("the plan has problems: " + plan.problems());
      }
      ApplySettings settings =
          ApplySettings.defaults().withPolling(Duration.ofMillis(50), Duration.ofSeconds(60));
      long start = System.nanoTime();
      ApplyResult result = new Applier(aws, settings, e -> {}).apply(plan);
      Duration makespan = Duration.ofNanos(System.nanoTime() - start);
      if (!result.succeeded()) {
        throw new IllegalStateException("the apply failed: " + result);
      }
      SandboxWork work = SandboxWork.scaled(scale);
      return new MakespanRun(
          makespan,
          CriticalPath.of(plan, work::of, SandboxWork::oneAtATime),
          plan.effectiveChanges().size());
    }
  }

  static PlanOptions options() {
    return new PlanOptions(
        false, new Provenance("bench", "bench.yaml", "c", "p", Optional.empty()));
  }

  static ClusterSpec config(String yaml) {
    var loaded =
        new ConfigLoader(LoadOptions.defaults(), new ByteArrayInputStream(new byte[0]))
            .load(SourceText.of("bench.yaml", yaml));
    return DesiredState.from(loaded.configs().get(0));
  }

  /** One line: the makespan, the bound, their ratio, and the one-after-another time. */
  String line(int run) {
    long ms = makespan.toMillis();
    long bound = path.bound().toMillis();
    long sequential = path.sequential().toMillis();
    return String.format(
        Locale.ROOT,
        "run %d: %d changes, makespan %d ms, critical path %d ms (%.3fx), one after another %d ms"
            + " (%.2fx the makespan)",
        run,
        changes,
        ms,
        bound,
        ms / (double) bound,
        sequential,
        sequential / (double) ms);
  }
}

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
 * The makespan of applying 3 Fargate profiles, 2 managed node groups and 5 IRSA service accounts to
 * the sandbox with realistic durations scaled by one factor (Fargate profile 2 min, node group 3
 * min), against the critical-path lower bound: the serialised Fargate creates or the node group
 * create, whichever is longer.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am install -DskipTests -Dspotless.check.skip=true && mvn -B
 * -q -pl bench dependency:build-classpath -Dmdep.outputFile=/tmp/bench.cp && java -cp
 * bench/target/classes:$(cat /tmp/bench.cp) io.eksform.bench.apply.ApplyMakespanBenchmark
 * [scale=0.05] [runs=3]}
 */
public final class ApplyMakespanBenchmark {
  private ApplyMakespanBenchmark() {}

  public static void main(String[] args) {
    double scale = args.length > 0 ? Double.parseDouble(args[0]) : 0.05;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Duration fargate = Duration.ofMillis(Math.round(120_000 * scale));
    Duration nodeGroup = Duration.ofMillis(Math.round(180_000 * scale));
    long bound = Math.max(3 * fargate.toMillis(), nodeGroup.toMillis());
    System.out.printf(
        Locale.ROOT,
        "scale %.3f: Fargate create %d ms, node group create %d ms; lower bound %d ms%n",
        scale,
        fargate.toMillis(),
        nodeGroup.toMillis(),
        bound);
    for (int i = 0; i < runs; i++) {
      long makespan = once(scale);
      System.out.printf(
          Locale.ROOT,
          "run %d: makespan %d ms, %.3fx the lower bound%n",
          i + 1,
          makespan,
          makespan / (double) bound);
    }
  }

  private static long once(double scale) {
    try (Sandbox sandbox =
            Sandbox.start(
                SandboxOptions.defaults().withScenario("eksworkshop").withTimeScale(scale));
        AwsClients aws =
            new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true))) {
      ClusterSpec desired = config();
      Plan plan =
          Planner.plan(
              desired,
              new LiveReader(aws, 16).read(desired),
              new PlanOptions(
                  false, new Provenance("bench", "bench.yaml", "c", "p", Optional.empty())));
      ApplySettings settings =
          ApplySettings.defaults().withPolling(Duration.ofMillis(50), Duration.ofSeconds(60));
      long start = System.nanoTime();
      ApplyResult result = new Applier(aws, settings, e -> {}).apply(plan);
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (!result.succeeded()) {
        throw new IllegalStateException("the apply failed: " + result);
      }
      return millis;
    }
  }

  static ClusterSpec config() {
    StringBuilder y = new StringBuilder();
    y.append("apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n");
    y.append("metadata:\n  name: eksworkshop-eksctl\n  region: us-west-2\n");
    y.append("iam:\n  withOIDC: true\n  serviceAccounts:\n");
    for (int i = 1; i <= 5; i++) {
      y.append("    - metadata:\n        name: sa-")
          .append(i)
          .append("\n        namespace: team-")
          .append(i)
          .append("\n      attachPolicyARNs:\n")
          .append("        - arn:aws:iam::123456789012:policy/ProdEnvoyNamespaceIAMPolicy\n");
    }
    y.append("fargateProfiles:\n");
    for (int i = 1; i <= 3; i++) {
      y.append("  - name: fp-")
          .append(i)
          .append("\n    selectors:\n      - namespace: team-")
          .append(i)
          .append("\n");
    }
    y.append("managedNodeGroups:\n");
    for (int i = 1; i <= 2; i++) {
      y.append("  - name: ng-").append(i).append("\n    privateNetworking: true\n");
    }
    var loaded =
        new ConfigLoader(LoadOptions.defaults(), new ByteArrayInputStream(new byte[0]))
            .load(SourceText.of("bench.yaml", y.toString()));
    return DesiredState.from(loaded.configs().get(0));
  }
}

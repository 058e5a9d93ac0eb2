package io.eksform.bench.plan;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.engine.desired.AddonSpec;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.FargateProfileSpec;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.desired.Selector;
import io.eksform.engine.desired.ServiceAccountSpec;
import io.eksform.engine.live.LiveReader;
import io.eksform.engine.live.LiveState;
import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import io.eksform.sandbox.http.FaultRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a large cluster (10 Fargate profiles, 10 node groups, 20 IRSA service accounts, 5 add-ons)
 * from the sandbox with 50 ms of latency on every AWS call, with the parallel reader (parallelism
 * 20, the default of {@code eksform plan}) and a one-call-at-a-time reader (parallelism 1),
 * alternately, and prints the wall times, the number of calls, and the target (6 x latency + 0.5
 * s).
 *
 * <pre>
 *   mvn -q -pl bench -am package -DskipTests &&
 *   java -cp bench/target/benchmarks.jar io.eksform.bench.plan.LiveReadBenchmark [ROUNDS]
 * </pre>
 */
public final class LiveReadBenchmark {
  static final String CLUSTER = "eksworkshop-eksctl";
  static final int LATENCY_MS = 50;
  static final int PARALLELISM = 20;

  private LiveReadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path dir = Files.createTempDirectory("eksform-bench-plan");
    Path state = dir.resolve("state.json");
    ClusterSpec desired = desired();
    try (Sandbox seed =
        Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop").withStateFile(state))) {
      LargeCluster.populate(seed, desired);
    }
    Path log = dir.resolve("requests.jsonl");
    SandboxOptions slow =
        SandboxOptions.defaults()
            .withStateFile(state)
            .withRequestLog(log)
            .withFaults(List.of(FaultRule.parse("*:latency=" + LATENCY_MS + "ms")));
    try (Sandbox sandbox = Sandbox.start(slow);
        AwsClients aws =
            new AwsClients(new AwsTarget("us-west-2", Optional.of(sandbox.endpoint()), true))) {
      LiveState warm = new LiveReader(aws, PARALLELISM).read(desired);
      System.out.printf(
          "cluster: %d Fargate profiles, %d node groups, %d add-ons, %d roles read%n",
          warm.fargateProfiles().size(),
          warm.nodeGroups().size(),
          warm.addons().size(),
          warm.roles().size());
      long[] parallel = new long[rounds];
      long[] sequential = new long[rounds];
      long calls = 0;
      for (int r = 0; r < rounds; r++) {
        long before = lines(log);
        parallel[r] = time(() -> new LiveReader(aws, PARALLELISM).read(desired));
        calls = lines(log) - before;
        sequential[r] = time(() -> new LiveReader(aws, 1).read(desired));
        System.out.printf(
            "round %d: parallel %d ms, one at a time %d ms%n", r + 1, parallel[r], sequential[r]);
      }
      long p = median(parallel);
      long s = median(sequential);
      long target = 6L * LATENCY_MS + 500;
      System.out.printf(
          "median: parallel %d ms, one at a time %d ms (%.1fx), AWS calls per read %d,"
              + " target %d ms (6 x %d ms + 500 ms): %s%n",
          p, s, (double) s / p, calls, target, LATENCY_MS, p <= target ? "met" : "missed");
    }
  }

  private static long lines(Path file) throws Exception {
    try (var stream = Files.lines(file)) {
      return stream.count();
    }
  }

  private static long time(Runnable r) {
    long t0 = System.nanoTime();
    r.run();
    return Duration.ofNanos(System.nanoTime() - t0).toMillis();
  }

  private static long median(long[] values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return copy[copy.length / 2];
  }

  static ClusterSpec desired() {
    List<ServiceAccountSpec> accounts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      accounts.add(
          new ServiceAccountSpec(
              "team-" + (i % 5),
              "app-" + i,
              List.of("arn:aws:iam::123456789012:policy/ProdEnvoyNamespaceIAMPolicy"),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              false,
              Map.of(),
              Map.of(),
              Map.of(),
              "/iam/serviceAccounts/" + i));
    }
    List<FargateProfileSpec> profiles = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      profiles.add(
          new FargateProfileSpec(
              "fp-" + i,
              List.of(new Selector("team-" + (i % 5), Map.of("fp", "x" + i))),
              List.of(),
              Optional.empty(),
              Map.of(),
              "/fargateProfiles/" + i));
    }
    List<NodeGroupSpec> groups = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      groups.add(
          new NodeGroupSpec(
              "ng-" + i,
              List.of("m5.large"),
              Optional.empty(),
              Optional.of(1),
              Optional.of(3),
              Optional.of(2),
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
              "/managedNodeGroups/" + i));
    }
    List<AddonSpec> addons = new ArrayList<>();
    for (String a :
        List.of(
            "vpc-cni", "coredns", "kube-proxy", "aws-ebs-csi-driver", "eks-pod-identity-agent")) {
      addons.add(
          new AddonSpec(
              a, Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), "/addons/0"));
    }
    return new ClusterSpec(
        CLUSTER,
        "us-west-2",
        Optional.empty(),
        Map.of(),
        true,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        accounts,
        profiles,
        groups,
        addons);
  }

  static String roleName(ServiceAccountSpec sa) {
    return ManagedNames.serviceAccountRole(CLUSTER, sa.namespace(), sa.name());
  }
}

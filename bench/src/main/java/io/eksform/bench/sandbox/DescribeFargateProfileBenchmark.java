package io.eksform.bench.sandbox;

import io.eksform.sandbox.Sandbox;
import io.eksform.sandbox.SandboxOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.FargateProfileSelector;

/**
 * DescribeFargateProfile calls per second through the real EKS client against an in-process
 * sandbox, with N client threads sharing one client for a fixed number of calls; prints throughput,
 * p50, p99 and the sandbox's start-up time.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am compile dependency:build-classpath
 * -Dmdep.outputFile=/tmp/bench.cp -Dspotless.check.skip=true && java -cp bench/target/classes:$(cat
 * /tmp/bench.cp) io.eksform.bench.sandbox.DescribeFargateProfileBenchmark [threads=4]
 * [calls=20000]}
 */
public final class DescribeFargateProfileBenchmark {
  private static final String CLUSTER = "eksworkshop-eksctl";

  private DescribeFargateProfileBenchmark() {}

  /** Runs the benchmark: {@code [threads] [calls]}. */
  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long c0 = cpu.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop"))) {
      double startMillis = (System.nanoTime() - t0) / 1e6;
      double startCpuMillis = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
      long t1 = System.nanoTime();
      Sandbox second = Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop"));
      double warmStartMillis = (System.nanoTime() - t1) / 1e6;
      second.close();
      try (EksClient eks = client(sandbox.endpoint())) {
        eks.createFargateProfile(
            r ->
                r.clusterName(CLUSTER)
                    .fargateProfileName("fp-bench")
                    .podExecutionRoleArn("arn:aws:iam::123456789012:role/pods")
                    .selectors(FargateProfileSelector.builder().namespace("bench").build()));
        run(eks, threads, Math.max(2_000, calls / 5));
        long[] latencies = new long[calls];
        long wall = run(eks, threads, calls, latencies);
        Arrays.sort(latencies);
        System.out.printf(
            Locale.ROOT,
            "sandbox start-up: %.0f ms in a fresh JVM (%.0f ms CPU), %.0f ms for a second one%n"
                + "DescribeFargateProfile: %d calls, %d client threads, %.2f s%n"
                + "throughput: %.0f calls/s%n"
                + "latency: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
            startMillis,
            startCpuMillis,
            warmStartMillis,
            calls,
            threads,
            wall / 1e9,
            calls / (wall / 1e9),
            latencies[calls / 2] / 1e6,
            latencies[(int) (calls * 0.99)] / 1e6,
            latencies[calls - 1] / 1e6);
      }
    }
  }

  private static EksClient client(URI endpoint) {
    return EksClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_WEST_2)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(
                    io.eksform.sandbox.http.SandboxKeys.ACCESS_KEY_ID,
                    io.eksform.sandbox.http.SandboxKeys.SECRET_ACCESS_KEY)))
        .build();
  }

  private static void run(EksClient eks, int threads, int calls) throws Exception {
    run(eks, threads, calls, new long[calls]);
  }

  /** Makes {@code calls} calls on {@code threads} threads; returns the wall time in nanoseconds. */
  private static long run(EksClient eks, int threads, int calls, long[] latencies)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      long start = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        int first = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = first; i < calls; i += threads) {
                    long s = System.nanoTime();
                    eks.describeFargateProfile(
                        r -> r.clusterName(CLUSTER).fargateProfileName("fp-bench"));
                    latencies[i] = System.nanoTime() - s;
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      return System.nanoTime() - start;
    } finally {
      pool.shutdownNow();
    }
  }
}

package io.eksform.bench.check;

import java.util.Arrays;
import java.util.Locale;

/**
 * The check target measured side by side in one process: in the 500-config repository of {@link
 * CheckBenchmark}, {@code eksform check --base main} and {@code eksform validate} of the 5 changed
 * files run alternately, round after round, so that a busy machine slows both alike; prints the
 * medians, the 90th percentiles and the ratio check/validate (the target: under 2).
 *
 * <pre>
 *   java -cp bench/target/classes:$(cat /tmp/bench.cp) io.eksform.bench.check.CheckSideBySide [ROUNDS] [WARMUP]
 * </pre>
 */
public final class CheckSideBySide {
  private CheckSideBySide() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    CheckBenchmark bench = new CheckBenchmark();
    bench.repository();
    try {
      for (int i = 0; i < warmup; i++) {
        bench.check();
        bench.validateChanged();
      }
      long[] check = new long[rounds];
      long[] validate = new long[rounds];
      for (int i = 0; i < rounds; i++) {
        // Alternate which goes first, so that neither always follows the other's garbage.
        boolean checkFirst = i % 2 == 0;
        if (checkFirst) {
          check[i] = time(bench::check);
          validate[i] = time(bench::validateChanged);
        } else {
          validate[i] = time(bench::validateChanged);
          check[i] = time(bench::check);
        }
      }
      Arrays.sort(check);
      Arrays.sort(validate);
      System.out.printf(
          Locale.ROOT,
          "%d rounds: check median %.1f ms (p90 %.1f), validate of the %d changed files median"
              + " %.1f ms (p90 %.1f), ratio check/validate %.2f (target < 2)%n",
          rounds,
          millis(check[rounds / 2]),
          millis(check[rounds * 9 / 10]),
          CheckBenchmark.CHANGED,
          millis(validate[rounds / 2]),
          millis(validate[rounds * 9 / 10]),
          (double) check[rounds / 2] / validate[rounds / 2]);
    } finally {
      bench.remove();
    }
  }

  private static long time(java.util.function.IntSupplier run) {
    long start = System.nanoTime();
    if (run.getAsInt() > 1) {
      throw new IllegalStateException("the benchmark command failed");
    }
    return System.nanoTime() - start;
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}

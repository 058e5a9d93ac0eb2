package io.eksform.rego.conformance;

import io.eksform.rego.ast.RegoVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs every conformance file under a directory, prints a per-topic table, per-tier rates, the
 * failures (marking those listed as known), and as last line {@code N passed, M failed, K skipped}.
 */
public final class ConformanceSuite {
  /** One case's verdict. */
  public record Result(String key, String topic, int tier, boolean passed, String detail) {}

  /** Totals of a run. */
  public record Summary(List<Result> results, Map<String, String> knownFailures) {
    public long passed() {
      return results.stream().filter(Result::passed).count();
    }

    public long failed() {
      return results.size() - passed();
    }

    /** Pass rate of one tier in percent, or 100 when the tier has no case. */
    public double rate(int tier) {
      long n = results.stream().filter(r -> r.tier() == tier).count();
      long p = results.stream().filter(r -> r.tier() == tier && r.passed()).count();
      return n == 0 ? 100.0 : 100.0 * p / n;
    }

    /** Failing cases that the known-failures file does not explain. */
    public List<Result> unexplained() {
      return results.stream()
          .filter(r -> !r.passed() && !knownFailures.containsKey(r.key()))
          .toList();
    }
  }

  private ConformanceSuite() {}

  /** Runs the suite under {@code root} and prints the report to {@code out}. */
  public static Summary run(Path root, PrintStream out) throws IOException {
    return run(root, "", out);
  }

  /** Runs the cases whose {@code path#index} key contains {@code filter}, as Rego v1. */
  public static Summary run(Path root, String filter, PrintStream out) throws IOException {
    return run(root, filter, RegoVersion.V1, out);
  }

  /**
   * Runs the cases whose {@code path#index} key contains {@code filter}, parsing their modules with
   * {@code version}. Without a MANIFEST every case counts in tier 1.
   */
  public static Summary run(Path root, String filter, RegoVersion version, PrintStream out)
      throws IOException {
    Path manifest = root.resolve("MANIFEST.tsv");
    Map<String, Integer> tiers = tiers(manifest);
    int defaultTier = Files.exists(manifest) ? 0 : 1;
    Map<String, String> known = knownFailures(version);
    List<Result> results = new ArrayList<>();
    for (Path file : CaseLoader.files(root)) {
      for (ConformanceCase c : CaseLoader.load(root, file)) {
        if (!c.key().contains(filter)) {
          continue;
        }
        Outcome o = runIsolated(c, version);
        int tier = tiers.getOrDefault(c.key(), defaultTier);
        results.add(new Result(c.key(), c.topic(), tier, o.passed(), o.detail()));
      }
    }
    Summary summary = new Summary(List.copyOf(results), known);
    print(summary, out);
    return summary;
  }

  private static Outcome runIsolated(ConformanceCase c, RegoVersion version) {
    Outcome[] out = new Outcome[1];
    Thread t =
        new Thread(null, () -> out[0] = CaseRunner.run(c, version), "conformance", 256L << 20);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.fail("interrupted");
    }
    return out[0] == null ? Outcome.fail("runner crashed") : out[0];
  }

  private static void print(Summary s, PrintStream out) {
    Map<String, long[]> topics = new TreeMap<>();
    for (Result r : s.results()) {
      long[] t = topics.computeIfAbsent(r.topic(), k -> new long[2]);
      t[r.passed() ? 0 : 1]++;
    }
    out.printf("%-32s %7s %7s %7s%n", "topic", "passed", "failed", "skipped");
    topics.forEach((k, v) -> out.printf("%-32s %7d %7d %7d%n", k, v[0], v[1], 0));
    out.println();
    for (Result r : s.results()) {
      if (!r.passed()) {
        String reason = s.knownFailures().get(r.key());
        out.println(
            "FAIL "
                + r.key()
                + (reason == null ? " [not in known-failures]" : " [known: " + reason + "]")
                + ": "
                + r.detail());
      }
    }
    out.println();
    for (int tier = 1; tier <= 2; tier++) {
      final int t = tier;
      long n = s.results().stream().filter(r -> r.tier() == t).count();
      long p = s.results().stream().filter(r -> r.tier() == t && r.passed()).count();
      out.printf("tier %d: %d/%d passed (%.1f%%)%n", tier, p, n, s.rate(tier));
    }
    out.println(s.passed() + " passed, " + s.failed() + " failed, 0 skipped");
  }

  private static Map<String, Integer> tiers(Path manifest) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    if (!Files.exists(manifest)) {
      return out;
    }
    List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] cols = lines.get(i).split("\t");
      if (cols.length >= 3) {
        out.put(cols[0] + "#" + cols[1], Integer.parseInt(cols[2].trim()));
      }
    }
    return out;
  }

  /** The known failures of the v1 suite shipped with the module. */
  public static Map<String, String> knownFailures() throws IOException {
    return knownFailures(RegoVersion.V1);
  }

  /** The known failures of one version's suite: {@code path#index<TAB>reason}. */
  public static Map<String, String> knownFailures(RegoVersion version) throws IOException {
    Map<String, String> out = new TreeMap<>();
    String name = version == RegoVersion.V1 ? "known-failures.tsv" : "known-failures-v0.tsv";
    try (InputStream in = ConformanceSuite.class.getResourceAsStream(name)) {
      if (in == null) {
        return out;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", 2);
        out.put(cols[0].trim(), cols.length > 1 ? cols[1].trim() : "");
      }
    }
    return out;
  }
}

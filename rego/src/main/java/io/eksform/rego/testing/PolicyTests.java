package io.eksform.rego.testing;

import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.RuleInfo;
import io.eksform.rego.compile.RegoCompileException;
import io.eksform.rego.eval.EvalException;
import io.eksform.rego.eval.Options;
import io.eksform.rego.parse.RegoParseException;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Runs the {@code test_*} rules of a policy as {@code opa test} does: a test passes when its rule
 * evaluates to true; false or undefined fail; an evaluation error is an error.
 */
public final class PolicyTests {
  private PolicyTests() {}

  /** Runs every test rule of {@code policy}; with {@code coverage}, also measures rule coverage. */
  public static TestReport run(PreparedPolicy policy, boolean coverage) {
    return run(policy, coverage, null, null);
  }

  /**
   * Runs the test rules whose full name ({@code data.pkg.test_x}) matches {@code run} (all when
   * null) and, when {@code onlyFiles} is not null, that are defined in one of those files.
   */
  public static TestReport run(
      PreparedPolicy policy, boolean coverage, Pattern run, Set<String> onlyFiles) {
    Set<String> hits = ConcurrentHashMap.newKeySet();
    Options options = Options.defaults();
    if (coverage) {
      options = options.withRuleHits(loc -> hits.add(loc.file() + ":" + loc.row()));
    }
    Set<String> tests = new LinkedHashSet<>();
    Set<String> todo = new LinkedHashSet<>();
    for (RuleInfo r : policy.rules()) {
      if (onlyFiles != null && !onlyFiles.contains(r.location().file())) {
        continue;
      }
      if (run != null && !run.matcher(r.path()).find()) {
        continue;
      }
      if (r.name().startsWith("test_") && !r.function()) {
        tests.add(r.path());
      } else if (r.name().startsWith("todo_test_") && !r.function()) {
        todo.add(r.path());
      }
    }
    List<TestResult> results = new ArrayList<>();
    for (String test : tests) {
      results.add(runOne(policy, test, options));
    }
    for (String test : todo) {
      results.add(new TestResult(test, TestResult.Status.SKIPPED, "", 0));
    }
    Map<String, TestReport.Coverage> cov = coverage ? coverage(policy, hits) : Map.of();
    return new TestReport(results, cov);
  }

  private static TestResult runOne(PreparedPolicy policy, String test, Options options) {
    long start = System.nanoTime();
    try {
      List<Map<String, Value>> rows = policy.eval(test + " = __result", null, options);
      long took = System.nanoTime() - start;
      boolean pass = !rows.isEmpty() && BooleanValue.TRUE.equals(rows.get(0).get("__result"));
      String detail =
          rows.isEmpty()
              ? FailureExplainer.explain(policy, test, options)
              : rows.get(0).get("__result").toRego();
      return new TestResult(
          test, pass ? TestResult.Status.PASS : TestResult.Status.FAIL, pass ? "" : detail, took);
    } catch (EvalException | RegoCompileException | RegoParseException e) {
      return new TestResult(
          test, TestResult.Status.ERROR, e.getMessage(), System.nanoTime() - start);
    }
  }

  private static Map<String, TestReport.Coverage> coverage(
      PreparedPolicy policy, Set<String> hits) {
    Map<String, List<Integer>> covered = new TreeMap<>();
    Map<String, List<Integer>> missed = new TreeMap<>();
    for (RuleInfo r : policy.rules()) {
      if (r.name().startsWith("test_") || r.name().startsWith("todo_test_")) {
        continue;
      }
      String file = r.location().file();
      int row = r.location().row();
      boolean hit = hits.contains(file + ":" + row);
      (hit ? covered : missed).computeIfAbsent(file, k -> new ArrayList<>()).add(row);
      (hit ? missed : covered).computeIfAbsent(file, k -> new ArrayList<>());
    }
    Map<String, TestReport.Coverage> out = new TreeMap<>();
    for (String file : covered.keySet()) {
      out.put(file, new TestReport.Coverage(covered.get(file), missed.get(file)));
    }
    return out;
  }
}

package io.eksform.engine.policy;

import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.eval.Options;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the {@code test_} rules of Rego test files, as {@code opa test} does: each test passes when
 * its rule is defined and true. The policies and the tests are compiled together once.
 */
public final class RegoTests {
  private static final Pattern PACKAGE =
      Pattern.compile("^package\\s+([A-Za-z_][\\w.]*)", Pattern.MULTILINE);
  private static final Pattern TEST = Pattern.compile("^(test_\\w+)", Pattern.MULTILINE);

  private RegoTests() {}

  /** Runs every test of {@code sources.testModules()} against its policies and data. */
  public static List<RegoTestResult> run(PolicySources sources) {
    Map<String, String> all = new LinkedHashMap<>(sources.modules());
    all.putAll(sources.testModules());
    PreparedPolicy policy =
        EmbeddedBackend.prepare(
            new PolicySources(
                all, Map.of(), sources.userPackages(), sources.data(), sources.regoVersion()));
    List<RegoTestResult> results = new ArrayList<>();
    for (Map.Entry<String, String> test : sources.testModules().entrySet()) {
      Matcher pkg = PACKAGE.matcher(test.getValue());
      if (!pkg.find()) {
        continue;
      }
      Matcher names = TEST.matcher(test.getValue());
      List<String> seen = new ArrayList<>();
      while (names.find()) {
        String name = names.group(1);
        if (!seen.contains(name)) {
          seen.add(name);
          results.add(runOne(policy, test.getKey(), pkg.group(1), name));
        }
      }
    }
    return results;
  }

  private static RegoTestResult runOne(
      PreparedPolicy policy, String file, String pkg, String name) {
    try {
      List<Map<String, Value>> rows =
          policy.eval("x := data." + pkg + "." + name, null, Options.defaults());
      boolean passed =
          !rows.isEmpty() && rows.get(0).get("x") instanceof BooleanValue b && b.value();
      return new RegoTestResult(file, pkg, name, passed, passed ? "" : "undefined or false");
    } catch (RuntimeException e) {
      return new RegoTestResult(file, pkg, name, false, "error: " + e.getMessage());
    }
  }
}

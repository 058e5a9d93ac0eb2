package io.eksform.cli.policy;

import io.eksform.cli.common.RegoVersionConverter;
import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.Rego;
import io.eksform.rego.ast.RegoVersion;
import io.eksform.rego.testing.PolicyTests;
import io.eksform.rego.testing.TestReport;
import io.eksform.rego.testing.TestResult;
import io.eksform.rego.value.JsonValues;
import io.eksform.rego.value.ObjectValue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eksform policy test [DIR...]}: runs every {@code test_*} rule of the built-in rule set and
 * of the given files as {@code opa test} does, and exits 1 when one fails.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = "Run the test_* rules of Rego files (with `with` mocking), like opa test.")
public final class PolicyTestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Rego files or folders (the built-in rule set's tests always run too).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--no-builtin", description = "Do not run the built-in rule set's tests.")
  boolean noBuiltin;

  @Option(
      names = "--rego-version",
      paramLabel = "v0|v1",
      converter = RegoVersionConverter.class,
      description =
          "Rego syntax of the policies: v1 (OPA 1.x, default) or v0 (OPA 0.x); a file importing"
              + " rego.v1 is always v1.")
  RegoVersion regoVersion = RegoVersion.V1;

  @Option(names = "--coverage", description = "Also report which rules the tests evaluated.")
  boolean coverage;

  @Override
  public Integer call() {
    List<TestReport> reports = new ArrayList<>();
    if (!noBuiltin) {
      reports.add(PolicyTests.run(builtinPolicy(), coverage));
    }
    if (!paths.isEmpty()) {
      reports.add(PolicyTests.run(PolicySources.load(paths, true, regoVersion), coverage));
    }
    if (reports.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give a PATH, or drop --no-builtin");
    }
    PrintWriter out = spec.commandLine().getOut();
    boolean passed = true;
    for (TestReport report : reports) {
      passed &= print(report, out);
    }
    out.flush();
    return passed ? 0 : 1;
  }

  /** The built-in rule set with its tests and data, as the policies module ships them. */
  private static PreparedPolicy builtinPolicy() {
    io.eksform.engine.policy.PolicySources builtin =
        io.eksform.engine.policy.PolicySources.load(
            io.eksform.engine.policy.PolicyOptions.builtinOnly());
    Map<String, String> modules = new LinkedHashMap<>(builtin.modules());
    modules.putAll(builtin.testModules());
    return Rego.prepare(modules, (ObjectValue) JsonValues.fromJson(builtin.data()));
  }

  private boolean print(TestReport report, PrintWriter out) {
    for (TestResult r : report.results()) {
      String line = r.name() + ": " + r.status() + " (" + micros(r.nanos()) + ")";
      out.println(line);
      if (r.status() != TestResult.Status.PASS && !r.detail().isEmpty()) {
        out.println("  " + r.detail());
      }
    }
    out.println("-".repeat(80));
    int total = report.results().size();
    for (TestResult.Status s : TestResult.Status.values()) {
      long n = report.count(s);
      if (n > 0 || (s == TestResult.Status.PASS && total == 0)) {
        out.println(s + ": " + n + "/" + total);
      }
    }
    if (coverage) {
      out.println();
      out.println("rule coverage:");
      for (Map.Entry<String, TestReport.Coverage> e : report.coverage().entrySet()) {
        TestReport.Coverage c = e.getValue();
        out.printf(
            "  %s: %.1f%% (%d/%d rules)%s%n",
            e.getKey(),
            c.percent(),
            c.covered().size(),
            c.covered().size() + c.notCovered().size(),
            c.notCovered().isEmpty() ? "" : ", not covered: lines " + c.notCovered());
      }
    }
    return report.allPassed();
  }

  private static String micros(long nanos) {
    return nanos >= 1_000_000 ? (nanos / 1_000_000) + "ms" : (nanos / 1_000) + "µs";
  }
}

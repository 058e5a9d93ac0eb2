package io.eksform.cli.policy;

import io.eksform.cli.common.ExitCodeLines;
import io.eksform.cli.common.RegoVersionOption;
import io.eksform.cli.common.UserError;
import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.Rego;
import io.eksform.rego.testing.PolicyTests;
import io.eksform.rego.testing.TestReport;
import io.eksform.rego.value.JsonValues;
import io.eksform.rego.value.ObjectValue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eksform policy test [DIR...]}: runs the {@code test_*} rules of the given files as {@code
 * opa test} does (the built-in rule set's only with {@code --builtin}) and exits 1 when one fails.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = "Run the test_* rules of Rego files (with `with` mocking), like opa test.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every test passed",
      "1:a test failed or a file does not parse",
      "2:usage error",
      ExitCodeLines.INTERNAL
    },
    footerHeading = "%nExamples:%n",
    footer = {"  eksform policy test", "  eksform policy test --coverage policies/"})
public final class PolicyTestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Rego files or folders.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--builtin", description = "Also run the built-in rule set's tests.")
  boolean builtin;

  @Option(names = "--no-builtin", hidden = true, description = "The default; kept for scripts.")
  boolean noBuiltin;

  @Mixin RegoVersionOption rego;

  @Option(
      names = "--run",
      paramLabel = "REGEX",
      description = "Only run tests whose full name (data.pkg.test_x) matches REGEX.")
  String run;

  @Option(
      names = "--coverage",
      description = "Also report, per file, the share of rules the tests evaluated.")
  boolean coverage;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      description = "Output format: text (default) or json (as opa test --format json).")
  String format = "text";

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new ParameterException(
          spec.commandLine(), "--format must be text or json, not '" + format + "'");
    }
    Pattern filter = null;
    if (run != null) {
      try {
        filter = Pattern.compile(run);
      } catch (PatternSyntaxException e) {
        throw new UserError(
            "--run '" + run + "' is not a regular expression: " + e.getDescription(),
            "write a Java regular expression, e.g. --run 'test_deny_.*'");
      }
    }
    List<TestReport> reports = new ArrayList<>();
    if (builtin) {
      reports.add(PolicyTests.run(builtinPolicy(), coverage, filter, null));
    }
    if (!paths.isEmpty()) {
      PreparedPolicy policy = PolicySources.load(paths, true, rego.version());
      reports.add(PolicyTests.run(policy, coverage, filter, null));
    }
    if (reports.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "give a PATH of Rego tests, or --builtin for the built-in rule set");
    }
    PrintWriter out = spec.commandLine().getOut();
    boolean passed = reports.stream().allMatch(TestReport::allPassed);
    if (format.equals("json")) {
      out.println(TestReportJson.render(reports, coverage));
    } else {
      reports.forEach(r -> TestReportText.print(r, coverage, out));
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
}

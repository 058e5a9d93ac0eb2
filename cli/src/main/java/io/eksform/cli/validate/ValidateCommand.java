package io.eksform.cli.validate;

import io.eksform.cli.common.ExitCodeLines;
import io.eksform.cli.common.PolicyFlags;
import io.eksform.cli.common.Terminal;
import io.eksform.cli.common.UsageValues;
import io.eksform.cli.common.UserError;
import io.eksform.cli.common.VersionProvider;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Rules;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.policy.EmbeddedBackend;
import io.eksform.engine.policy.OpaServerBackend;
import io.eksform.engine.policy.PlainCheck;
import io.eksform.engine.policy.PlainDocuments;
import io.eksform.engine.policy.Policies;
import io.eksform.engine.policy.PolicyException;
import io.eksform.engine.policy.PolicyOptions;
import io.eksform.engine.policy.PolicySources;
import io.eksform.engine.policy.PreparingCheck;
import io.eksform.engine.policy.WasmBackend;
import io.eksform.engine.project.ProjectConfig;
import io.eksform.engine.report.lint.LintFormat;
import io.eksform.engine.report.lint.RenderOptions;
import io.eksform.engine.suppress.Baseline;
import io.eksform.engine.suppress.SuppressRules;
import io.eksform.engine.suppress.Suppressor;
import io.eksform.engine.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** {@code eksform validate}: every problem of the named ClusterConfig files, in one pass. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check eksctl ClusterConfig files against eksform's schema and rules.",
      "Every finding points at file:line:column."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:usage error",
      ExitCodeLines.INTERNAL
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eksform validate clusters/",
      "  eksform validate --format sarif --policy policies/ cluster.yaml > out.sarif"
    })
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "ClusterConfig files, folders (searched for *.yaml, *.yml, *.json) or - for stdin.")
  List<String> paths;

  @Option(
      names = {"-o", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: text, json, sarif, github, junit (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      defaultValue = "error",
      description =
          "Exit 1 when a finding is at or above: error, warning, info (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(
      names = "--expand-env",
      description =
          "Expand $${VAR} references from the environment; an unset variable is an error.")
  boolean expandEnv;

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      defaultValue = "10MiB",
      description = "Largest file accepted, e.g. 10MiB, 512KiB (default: ${DEFAULT-VALUE}).")
  String maxFileSize;

  @Option(names = "--no-color", description = "Never colour the text output.")
  boolean noColour;

  @Mixin PolicyFlags policyFlags;

  @Option(
      names = "--opa-url",
      paramLabel = "URL",
      description =
          "Evaluate with a running OPA server (REST Data API) instead of the embedded evaluator.")
  java.net.URI opaUrl;

  @Option(
      names = "--policy-bundle",
      paramLabel = "FILE",
      description = "Evaluate an OPA Wasm bundle (opa build -t wasm) or .wasm module in process.")
  Path policyBundle;

  @Option(
      names = "--parser",
      paramLabel = "yaml|json",
      description =
          "Read the files as plain YAML or JSON documents (no ClusterConfig schema, no built-in"
              + " rule set): your --policy rules judge each document, as conftest does.")
  String parser;

  @Option(
      names = "--combine",
      description =
          "Give the policies all documents at once: input is an array of {path, contents}, as"
              + " conftest --combine (implies the plain reading of --parser).")
  boolean combine;

  @Option(
      names = "--trace",
      paramLabel = "RULE",
      description =
          "Print to stderr how RULE (e.g. main.deny) evaluates for each document, expression by"
              + " expression.")
  String trace;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Accept the findings recorded in FILE: only new findings count.")
  Path baselineFile;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description = "Record the current findings in FILE (for --baseline) and exit 0.")
  Path writeBaselineFile;

  @Override
  public Integer call() throws IOException {
    LintFormat lintFormat = UsageValues.parse(spec, () -> LintFormat.parse(format));
    Severity threshold = UsageValues.parse(spec, () -> Severity.parse(failOn));
    long maxBytes = UsageValues.parse(spec, () -> Sizes.parse(maxFileSize));
    LoadOptions options =
        LoadOptions.defaults().withExpandEnv(expandEnv, System.getenv()).withMaxFileBytes(maxBytes);
    Path workingDir = Path.of("").toAbsolutePath();
    ProjectConfig project = project(workingDir);
    Optional<Baseline> baseline =
        baselineFile == null
            ? Optional.empty()
            : Optional.of(UsageValues.parse(spec, () -> Baseline.read(baselineFile)));
    if (parser != null && !parser.equals("yaml") && !parser.equals("json")) {
      throw new ParameterException(
          spec.commandLine(), "--parser must be yaml or json, not '" + parser + "'");
    }
    boolean plain = parser != null || combine;
    LintReport checked;
    Policies policies;
    try {
      if (plain) {
        policies = policies(project, true);
        PlainDocuments.Read read = PlainDocuments.read(workingDir, paths, parser);
        checked = PlainCheck.run(policies.check().backend(), policies.rules(), read, combine);
        printTrace(policies, read);
      } else {
        // The policies compile on another thread while the files are read and schema-checked.
        PreparingCheck policyCheck = new PreparingCheck(() -> policies(project, false));
        checked =
            new Validator(options, System.in, workingDir, List.of(policyCheck)).validate(paths);
        policies = policyCheck.policies();
        if (trace != null) {
          printTrace(policies, PlainDocuments.read(workingDir, paths, null));
        }
      }
    } catch (PolicyException e) {
      throw new UserError(e.getMessage(), "the policies could not be evaluated", 2);
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LintReport report = new Suppressor(project, baseline, today).apply(checked);
    if (writeBaselineFile != null) {
      LintReport unbaselined = new Suppressor(project, Optional.empty(), today).apply(checked);
      Baseline.of(unbaselined).write(writeBaselineFile);
      spec.commandLine()
          .getErr()
          .println(
              "eksform: wrote "
                  + unbaselined.diagnostics().size()
                  + " findings to the baseline "
                  + writeBaselineFile);
      return 0;
    }
    boolean colour =
        lintFormat == LintFormat.TEXT && Terminal.colourWanted(System.getenv(), noColour);
    RenderOptions render =
        RenderOptions.plain(VersionProvider.version())
            .withColour(colour)
            .withFailOn(threshold)
            .withRules(Rules.builtIn().with(policies.catalogue()).with(SuppressRules.catalogue()));
    PrintWriter out = spec.commandLine().getOut();
    lintFormat.renderer().render(report, render, out);
    out.flush();
    return report.failsAt(threshold) ? 1 : 0;
  }

  private static ProjectConfig project(Path workingDir) {
    try {
      return ProjectConfig.load(workingDir);
    } catch (ProjectConfig.Invalid e) {
      throw new UserError(e.getMessage(), e.hint(), 2);
    }
  }

  /** Prints the {@code --trace} of each document (or of the combined input) to stderr. */
  private void printTrace(Policies policies, PlainDocuments.Read read) {
    if (trace == null) {
      return;
    }
    if (!(policies.check().backend() instanceof EmbeddedBackend backend)) {
      throw new UserError(
          "--trace needs the embedded evaluator", "drop --opa-url or --policy-bundle", 2);
    }
    PrintWriter err = spec.commandLine().getErr();
    if (combine) {
      ArrayNode all = JsonMapper.builder().build().createArrayNode();
      read.documents()
          .forEach(d -> all.addObject().put("path", d.file()).set("contents", d.tree()));
      err.println("trace of " + trace + " for the combined input:");
      backend.trace(trace, all).forEach(l -> err.println("  " + l));
    } else {
      for (PlainDocuments.Document d : read.documents()) {
        err.println("trace of " + trace + " for " + d.file() + ":" + d.line() + ":");
        backend.trace(trace, d.tree()).forEach(l -> err.println("  " + l));
      }
    }
    err.flush();
  }

  private Policies policies(ProjectConfig project, boolean plain) {
    PolicyOptions policyOptions =
        policyFlags.options(Path.of("").toAbsolutePath(), project.limits(), project.regoVersion());
    if (plain) {
      // the built-in rule set judges ClusterConfig documents only
      policyOptions = policyOptions.withoutBuiltin();
    }
    if (opaUrl != null && policyBundle != null) {
      throw new ParameterException(
          spec.commandLine(), "--opa-url and --policy-bundle cannot be used together");
    }
    try {
      if (opaUrl != null) {
        return Policies.with(
            new OpaServerBackend(
                opaUrl,
                policyOptions.namespaces(),
                policyOptions.builtin(),
                java.time.Duration.ofSeconds(10)),
            PolicySources.load(policyOptions));
      }
      if (policyBundle != null) {
        PolicySources sources = PolicySources.load(policyOptions);
        return Policies.with(new WasmBackend(policyBundle, sources.data()), sources);
      }
      return Policies.embedded(policyOptions);
    } catch (PolicyException e) {
      throw new UserError(e.getMessage(), "fix the policy, data file or backend named above", 2);
    }
  }
}

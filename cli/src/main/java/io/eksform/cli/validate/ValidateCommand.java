package io.eksform.cli.validate;

import io.eksform.cli.common.Terminal;
import io.eksform.cli.common.VersionProvider;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.report.lint.LintFormat;
import io.eksform.engine.report.lint.RenderOptions;
import io.eksform.engine.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
      "2:usage error"
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
      description = "Expand $${VAR} references from the environment; an unset variable is an error.")
  boolean expandEnv;

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      defaultValue = "10MiB",
      description = "Largest file accepted, e.g. 10MiB, 512KiB (default: ${DEFAULT-VALUE}).")
  String maxFileSize;

  @Option(names = "--no-color", description = "Never colour the text output.")
  boolean noColour;

  @Override
  public Integer call() throws IOException {
    LintFormat lintFormat = parse(() -> LintFormat.parse(format));
    Severity threshold = parse(() -> Severity.parse(failOn));
    long maxBytes = parse(() -> Sizes.parse(maxFileSize));
    LoadOptions options =
        LoadOptions.defaults().withExpandEnv(expandEnv, System.getenv()).withMaxFileBytes(maxBytes);
    LintReport report =
        new Validator(options, System.in, Path.of("").toAbsolutePath(), List.of()).validate(paths);
    boolean colour =
        lintFormat == LintFormat.TEXT && Terminal.colourWanted(System.getenv(), noColour);
    RenderOptions render =
        RenderOptions.plain(VersionProvider.version()).withColour(colour).withFailOn(threshold);
    PrintWriter out = spec.commandLine().getOut();
    lintFormat.renderer().render(report, render, out);
    out.flush();
    return report.failsAt(threshold) ? 1 : 0;
  }

  private <T> T parse(java.util.function.Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}

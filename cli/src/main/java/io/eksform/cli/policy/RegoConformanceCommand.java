package io.eksform.cli.policy;

import io.eksform.cli.common.ExitCodeLines;
import io.eksform.cli.common.RegoVersionOption;
import io.eksform.cli.common.UserError;
import io.eksform.rego.conformance.ConformanceSuite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eksform rego conformance DIR}: runs OPA's conformance cases and prints a per-topic table;
 * exits 1 when a case fails that the known-failures list does not explain.
 */
@Command(
    name = "conformance",
    mixinStandardHelpOptions = true,
    description = "Run OPA conformance YAML cases under DIR against the embedded evaluator.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every case passed",
      "1:a case failed",
      "2:usage error",
      ExitCodeLines.INTERNAL
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eksform rego conformance opa/v1/test/cases/testdata",
      "  eksform rego conformance --filter aggregates cases/"
    })
public final class RegoConformanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Folder of conformance YAML files.")
  Path dir;

  @Option(
      names = "--filter",
      paramLabel = "TEXT",
      description = "Only run cases whose path#index contains TEXT.")
  String filter = "";

  @Mixin RegoVersionOption rego;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new UserError(dir + " is not a folder", "pass the folder holding the YAML cases");
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    ConformanceSuite.Summary s =
        ConformanceSuite.run(
            dir, filter, rego.version(), new PrintStream(buf, true, StandardCharsets.UTF_8));
    PrintWriter out = spec.commandLine().getOut();
    out.print(buf.toString(StandardCharsets.UTF_8));
    out.flush();
    return s.unexplained().isEmpty() ? 0 : 1;
  }
}

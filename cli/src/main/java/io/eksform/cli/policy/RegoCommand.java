package io.eksform.cli.policy;

import io.eksform.cli.common.ExitCodeLines;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code eksform rego}: tools about the embedded Rego evaluator itself. */
@Command(
    name = "rego",
    mixinStandardHelpOptions = true,
    description = "Tools about the embedded Rego evaluator.",
    subcommands = {RegoConformanceCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:help was printed", "2:usage error", ExitCodeLines.INTERNAL},
    footerHeading = "%nExamples:%n",
    footer = {"  eksform rego conformance DIR", "  eksform rego --help"})
public final class RegoCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

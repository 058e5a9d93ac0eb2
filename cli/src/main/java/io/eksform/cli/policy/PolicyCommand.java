package io.eksform.cli.policy;

import io.eksform.cli.common.ExitCodeLines;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code eksform policy}: work with Rego policies (unit tests, ad-hoc evaluation). */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = "Test and evaluate Rego policies with the embedded evaluator.",
    subcommands = {PolicyTestCommand.class, PolicyEvalCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:help was printed", "2:usage error", ExitCodeLines.INTERNAL},
    footerHeading = "%nExamples:%n",
    footer = {
      "  eksform policy test policies/",
      "  eksform policy eval -d policies/ -i cluster.yaml 'data.main.deny'"
    })
public final class PolicyCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

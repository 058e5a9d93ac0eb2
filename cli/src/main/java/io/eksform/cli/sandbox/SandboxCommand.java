package io.eksform.cli.sandbox;

import io.eksform.cli.common.ExitCodeLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code eksform sandbox}: groups the sandbox subcommands. */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    description =
        "A local AWS account (EKS, EC2, IAM, STS, DynamoDB, Kubernetes) for trying eksform.",
    subcommands = {ServeCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:help was printed", "2:usage error", ExitCodeLines.INTERNAL},
    footerHeading = "%nExamples:%n",
    footer = {
      "  eksform sandbox serve",
      "  eksform sandbox serve --scenario eksworkshop-eksctl-done --port 0"
    })
public final class SandboxCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

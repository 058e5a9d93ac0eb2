package io.eksform.cli.completion;

import io.eksform.cli.common.ExitCodeLines;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eksform completion SHELL}: prints the completion script for bash, zsh or fish. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a shell completion script for bash, zsh or fish.",
      "Save it where the shell looks (examples), or load it at start-up: in ~/.bashrc or"
          + " ~/.zshrc, source <(eksform completion bash)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the script was printed",
      "2:usage error (an unknown shell)",
      ExitCodeLines.INTERNAL
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eksform completion bash > ~/.local/share/bash-completion/completions/eksform",
      "  eksform completion fish > ~/.config/fish/completions/eksform.fish"
    })
public final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash, zsh or fish.")
  String shell;

  @Override
  public Integer call() {
    // The root holds every subcommand: a completion run registers them all (see Subcommands).
    CommandLine root = spec.root().commandLine();
    PrintWriter out = spec.commandLine().getOut();
    switch (shell) {
      // picocli's script serves both: under zsh it loads bashcompinit itself.
      case "bash", "zsh" -> out.print(AutoComplete.bash(root.getCommandName(), root));
      case "fish" -> out.print(FishCompletion.of(root));
      default ->
          throw new ParameterException(
              spec.commandLine(), "unknown shell '" + shell + "': use bash, zsh or fish");
    }
    out.flush();
    return 0;
  }
}

package io.eksform.cli.show;

import io.eksform.cli.common.ExitCodeLines;
import io.eksform.cli.common.Terminal;
import io.eksform.cli.common.UsageValues;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.planfile.PlanFile;
import io.eksform.engine.report.plan.PlanFormat;
import io.eksform.engine.report.plan.PlanRenderOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eksform show PLANFILE}: a saved plan, printed as {@code eksform plan} would print it. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Print a plan saved by `eksform plan --out PLANFILE`, in any plan format.",
      "Nothing is read from AWS: the plan is shown as it was computed."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the plan was printed",
      "1:the file is missing, not a plan, cut short or of another format version",
      "2:usage error",
      ExitCodeLines.INTERNAL
    },
    footerHeading = "%nExamples:%n",
    footer = {"  eksform show cluster.plan", "  eksform show cluster.plan --format json"})
public final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PLANFILE", description = "A saved plan file.")
  Path file;

  @Option(
      names = {"-o", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: text, json, markdown (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--no-color", description = "Never colour the text output.")
  boolean noColour;

  @Override
  public Integer call() throws IOException {
    PlanFormat planFormat = UsageValues.parse(spec, () -> PlanFormat.parse(format));
    Plan plan = PlanFile.read(file);
    boolean colour =
        planFormat == PlanFormat.TEXT && Terminal.colourWanted(System.getenv(), noColour);
    PrintWriter out = spec.commandLine().getOut();
    planFormat.renderer().render(plan, PlanRenderOptions.plain().withColour(colour), out);
    out.flush();
    return 0;
  }
}

package io.eksform.cli.graph;

import io.eksform.cli.common.ExitCodeLines;
import io.eksform.cli.common.UsageValues;
import io.eksform.cli.plan.PlanCommand;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.planfile.PlanFile;
import io.eksform.engine.report.plan.GraphFormat;
import io.eksform.engine.report.plan.PlanRenderOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eksform graph}: the order in which apply would make a plan's changes. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = {
      "Draw the apply order of a plan's changes: each change after those it depends on.",
      "Mermaid (the default) renders in GitHub inside a ```mermaid block; DOT feeds Graphviz.",
      "With --plan the saved plan is drawn; with -f the config is planned against AWS first."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the graph was printed",
      "1:error (not a plan file, an invalid config, a problem in the plan, AWS unreachable...)",
      "2:usage error",
      ExitCodeLines.INTERNAL
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eksform graph --plan cluster.plan",
      "  eksform graph -f cluster.yaml --sandbox --format dot | dot -Tsvg > order.svg"
    })
public final class GraphCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  /** Where the plan comes from: a saved plan, or a config to plan now. */
  static final class Source {
    @Option(names = "--plan", paramLabel = "PLANFILE", description = "A plan saved by --out.")
    Path planFile;

    @Option(
        names = {"-f", "--file"},
        paramLabel = "FILE",
        description = "A ClusterConfig to plan against its live cluster (- for standard input).")
    String configFile;
  }

  @Option(
      names = "--sandbox",
      description = "With -f: plan against the embedded sandbox, as eksform plan --sandbox.")
  boolean sandbox;

  @Option(
      names = "--endpoint-url",
      paramLabel = "URL",
      description = "With -f: send every AWS call to URL, as eksform plan --endpoint-url.")
  String endpointUrl;

  @Option(
      names = "--expand-env",
      description = "With -f: expand $${VAR} references, as eksform plan --expand-env.")
  boolean expandEnv;

  @Option(
      names = {"-o", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "mermaid",
      description = "Output format: mermaid, dot (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--prune",
      description = "With -f: plan the deletes that eksform plan --prune would make.")
  boolean prune;

  @Override
  public Integer call() throws IOException {
    GraphFormat graphFormat = UsageValues.parse(spec, () -> GraphFormat.parse(format));
    PrintWriter err = spec.commandLine().getErr();
    Optional<Plan> plan =
        source.planFile != null ? Optional.of(PlanFile.read(source.planFile)) : planNow(err);
    if (plan.isEmpty()) {
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    graphFormat.renderer().render(plan.get(), PlanRenderOptions.plain(), out);
    out.flush();
    return 0;
  }

  /**
   * Plans the config by running {@code eksform plan --format json} in-process, so that graph plans
   * exactly as plan does, and reads its document back; empty (after plan has said why) on failure.
   */
  private Optional<Plan> planNow(PrintWriter err) {
    List<String> args = new ArrayList<>(List.of("-f", source.configFile, "--format", "json"));
    if (sandbox) {
      args.add("--sandbox");
    }
    if (endpointUrl != null) {
      args.addAll(List.of("--endpoint-url", endpointUrl));
    }
    if (prune) {
      args.add("--prune");
    }
    if (expandEnv) {
      args.add("--expand-env");
    }
    StringWriter json = new StringWriter();
    CommandLine plan = new CommandLine(new PlanCommand());
    plan.setOut(new PrintWriter(json, true));
    plan.setErr(err);
    int code = plan.execute(args.toArray(String[]::new));
    if (code != 0) {
      return Optional.empty();
    }
    return Optional.of(PlanFile.parse(json.toString(), "plan of " + source.configFile));
  }
}

package io.eksform.cli.plan;

import io.eksform.cli.common.AwsOptions;
import io.eksform.cli.common.ExitCodeLines;
import io.eksform.cli.common.PolicyFlags;
import io.eksform.cli.common.ShellWords;
import io.eksform.cli.common.Terminal;
import io.eksform.cli.common.UsageValues;
import io.eksform.cli.common.UserError;
import io.eksform.cli.common.VersionProvider;
import io.eksform.engine.config.JsonPointers;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.Position;
import io.eksform.engine.lint.Rules;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanProblem;
import io.eksform.engine.plan.ReplaceStrategy;
import io.eksform.engine.planfile.PlanFile;
import io.eksform.engine.planfile.PlanKey;
import io.eksform.engine.policy.EmbeddedBackend;
import io.eksform.engine.policy.Policies;
import io.eksform.engine.policy.PolicyBackend;
import io.eksform.engine.policy.PolicyOptions;
import io.eksform.engine.policy.PolicySources;
import io.eksform.engine.project.ProjectConfig;
import io.eksform.engine.report.lint.LintFormat;
import io.eksform.engine.report.lint.RenderOptions;
import io.eksform.engine.report.plan.PlanFormat;
import io.eksform.engine.report.plan.PlanRenderOptions;
import io.eksform.engine.run.PlanOutcome;
import io.eksform.engine.run.PlanRequest;
import io.eksform.engine.run.PlanRun;
import io.eksform.engine.run.RegionSetting;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code eksform plan}: what would change in the live account if the config were applied. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Compare a ClusterConfig with its live EKS cluster and print the changes it asks for.",
      "Each change is a create (+), update in place (~), replace (-/+) or delete (-), with its"
          + " reason."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (with --detailed-exitcode: no changes)",
      "1:error: an invalid config, a problem in the plan, AWS unreachable... (with"
          + " --detailed-exitcode, a usage error too)",
      "2:usage error (with --detailed-exitcode: changes present, and only that)",
      ExitCodeLines.INTERNAL
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eksform plan -f cluster.yaml --sandbox",
      "  eksform plan -f cluster.yaml --out cluster.plan --detailed-exitcode"
    })
public final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin AwsOptions aws;

  @Mixin PolicyFlags policyFlags;

  @Option(
      names = {"-f", "--file"},
      required = true,
      paramLabel = "FILE",
      description = "The ClusterConfig to plan (- for standard input).")
  String file;

  @Option(
      names = {"-o", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: text, json, markdown (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--out",
      paramLabel = "PLANFILE",
      description = "Save the plan, with what it was computed from, for `eksform apply PLANFILE`.")
  Path out;

  @Option(
      names = "--detailed-exitcode",
      description =
          "Exit 0 when there are no changes, 2 when there are, 1 on any error (a usage error"
              + " too).")
  boolean detailedExitCode;

  @Option(
      names = "--prune",
      description =
          "Delete live objects eksform or eksctl created that the config no longer names.")
  boolean prune;

  @Option(
      names = "--expand-env",
      description =
          "Expand $${VAR} references from the environment; an unset variable is an error.")
  boolean expandEnv;

  @Option(
      names = "--parallelism",
      paramLabel = "N",
      defaultValue = "20",
      description = "How many AWS reads run at once (default: ${DEFAULT-VALUE}).")
  int parallelism;

  @Option(
      names = "--replace-strategy",
      paramLabel = "STRATEGY",
      description =
          "How replacements happen: create-before-destroy or destroy-before-create. Default:"
              + " create-before-destroy for Fargate profiles and node groups; add-ons and"
              + " service accounts have fixed names and are always destroyed first.")
  String replaceStrategy;

  @Option(
      names = "--strict",
      description =
          "Fail (exit 1) when the config sets a field eksform does not act on yet, instead of"
              + " listing it under the plan.")
  boolean strict;

  @Option(
      names = "--destroy",
      description =
          "Plan the destruction of the cluster and of what eksform or eksctl made for it"
              + " (save it with --out, apply it with `eksform apply PLANFILE`).")
  boolean destroy;

  @Option(names = "--no-color", description = "Never colour the output.")
  boolean noColour;

  @Override
  public Integer call() throws IOException {
    PlanFormat planFormat = UsageValues.parse(spec, () -> PlanFormat.parse(format));
    Optional<ReplaceStrategy> strategy =
        replaceStrategy == null
            ? Optional.empty()
            : Optional.of(UsageValues.parse(spec, () -> ReplaceStrategy.parse(replaceStrategy)));
    if (parallelism < 1 || parallelism > 64) {
      throw new ParameterException(spec.commandLine(), "--parallelism must be between 1 and 64");
    }
    if (destroy && (prune || strategy.isPresent())) {
      throw new ParameterException(
          spec.commandLine(),
          "--destroy deletes everything the cluster owns; it takes neither --prune nor"
              + " --replace-strategy");
    }
    PrintWriter outWriter = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path workingDir = Path.of("").toAbsolutePath();
    ProjectConfig project = project(workingDir);
    PolicyOptions policyOptions =
        policyFlags.options(workingDir, project.limits(), project.regoVersion());
    PolicySources sources = PolicySources.load(policyOptions);
    PolicyBackend backend = new EmbeddedBackend(sources, policyOptions);
    Policies policies = Policies.with(backend, sources);
    try (AwsOptions awsTarget = aws) {
      PlanRequest request =
          new PlanRequest(
              file,
              workingDir,
              LoadOptions.defaults().withExpandEnv(expandEnv, System.getenv()),
              List.of(policies.check()),
              prune,
              region -> awsTarget.target(region, workingDir, err),
              RegionSetting.fromEnvironment(System.getenv()),
              parallelism,
              VersionProvider.version(),
              PolicyDigest.of(sources),
              Optional.of(backend),
              strategy,
              strict,
              destroy);
      PlanOutcome outcome = new PlanRun(System.in).run(request);
      boolean colour = Terminal.colourWanted(System.getenv(), noColour);
      if (outcome.plan().isEmpty()) {
        LintFormat.TEXT
            .renderer()
            .render(
                outcome.lint(),
                RenderOptions.plain(VersionProvider.version())
                    .withColour(colour)
                    .withRules(Rules.builtIn().with(policies.catalogue())),
                err);
        err.println("eksform: the config has errors; fix them before planning");
        err.flush();
        return 1;
      }
      Plan plan = outcome.plan().get();
      reportProblems(plan, outcome, err);
      planFormat
          .renderer()
          .render(
              plan,
              PlanRenderOptions.plain().withColour(colour && planFormat == PlanFormat.TEXT),
              outWriter);
      outWriter.flush();
      if (plan.hasErrors()) {
        err.println("eksform: the plan has errors (above); nothing was saved");
        err.flush();
        return 1;
      }
      if (out != null) {
        Optional<PlanKey> key = PlanKey.fromEnvironment(System.getenv());
        PlanFile.write(plan, workingDir.resolve(out), key);
        err.println(
            "eksform: saved the "
                + (key.isPresent() ? "signed plan" : "plan")
                + " to "
                + out
                + "; apply it with: eksform apply "
                + ShellWords.quote(out.toString())
                + awsTarget.flags()
                + (expandEnv ? " --expand-env" : "")
                + policyFlags.flags());
        err.flush();
      }
      if (detailedExitCode) {
        return plan.hasChanges() ? 2 : 0;
      }
      return 0;
    }
  }

  /** Problems the planner found, at their lines in the config, as the linter prints findings. */
  private void reportProblems(Plan plan, PlanOutcome outcome, PrintWriter err) {
    for (PlanProblem p : plan.problems()) {
      Position pos =
          outcome
              .document()
              .map(d -> d.sourceMap().keyPosition(p.configPointer()))
              .orElse(Position.UNKNOWN);
      String where = file + (pos.known() ? ":" + pos.line() + ":" + pos.column() : "");
      err.println(
          where
              + ": "
              + p.severity().word()
              + "[plan]: "
              + p.message()
              + " ("
              + JsonPointers.toPath(p.configPointer())
              + ")");
      p.hint().ifPresent(h -> err.println("  = hint: " + h));
    }
    if (!plan.problems().isEmpty()) {
      err.println();
    }
    err.flush();
  }

  /** The rule-set limits of the project's {@code .eksform.yaml}, as {@code validate} uses them. */
  private static ProjectConfig project(Path workingDir) {
    try {
      return ProjectConfig.load(workingDir);
    } catch (ProjectConfig.Invalid e) {
      throw new UserError(e.getMessage(), e.hint(), 2);
    }
  }
}

package io.eksform.cli.apply;

import io.eksform.cli.common.AwsOptions;
import io.eksform.cli.common.ExitCodeLines;
import io.eksform.cli.common.PolicyFlags;
import io.eksform.cli.common.ShellWords;
import io.eksform.cli.common.Terminal;
import io.eksform.cli.common.UsageValues;
import io.eksform.cli.common.UserError;
import io.eksform.engine.apply.ApplyResult;
import io.eksform.engine.apply.ApplySettings;
import io.eksform.engine.apply.EventSink;
import io.eksform.engine.apply.PlanWork;
import io.eksform.engine.apply.StalePlan;
import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.engine.kinds.Applier;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.NotActedOn;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.ReplaceStrategy;
import io.eksform.engine.planfile.PlanFile;
import io.eksform.engine.planfile.PlanKey;
import io.eksform.engine.report.plan.PlanFormat;
import io.eksform.engine.report.plan.PlanRenderOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
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

/** {@code eksform apply}: change the live account to match a saved plan or a config. */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = {
      "Apply a saved plan exactly, or plan a config and apply it once confirmed.",
      "PLANFILE is applied as saved; -f FILE is planned first. A plan whose live objects,"
          + " config or policies changed since it was made is refused."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:applied (or nothing to do)",
      "1:error, a stale plan, a refused confirmation, or a change that failed",
      "2:usage error",
      ExitCodeLines.INTERNAL
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eksform apply cluster.plan",
      "  eksform apply -f cluster.yaml --auto-approve --lock-table eksform-locks"
    })
public final class ApplyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Where apply -f asks for its confirmation; tests answer it with lines of their own. */
  Prompt prompt = ConsolePrompt.system();

  @Mixin AwsOptions aws;

  @Mixin RunFlags run;

  @Mixin PolicyFlags policyFlags;

  @Parameters(
      arity = "0..1",
      paramLabel = "PLANFILE",
      description = "A plan saved with `eksform plan --out PLANFILE`.")
  Path planFile;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description = "Plan this ClusterConfig now and apply it.")
  String file;

  @Option(names = "--auto-approve", description = "With -f: apply without asking.")
  boolean autoApprove;

  @Option(names = "--allow-destroy", description = "Allow deletes and replacements.")
  boolean allowDestroy;

  @Option(
      names = "--replace-strategy",
      paramLabel = "STRATEGY",
      description =
          "With -f: create-before-destroy (a new object under a suffixed name first) or"
              + " destroy-before-create. Default: create-before-destroy for Fargate profiles and"
              + " node groups; add-ons and service accounts have fixed names and are always"
              + " destroyed first. A saved plan records its own.")
  String replaceStrategy;

  @Option(names = "--prune", description = "With -f: also delete what the config no longer names.")
  boolean prune;

  @Option(
      names = "--expand-env",
      description = "Expand $${VAR} in the config (as the plan was made).")
  boolean expandEnv;

  @Option(
      names = "--strict",
      description =
          "With -f: refuse to apply when the config sets a field eksform does not act on yet.")
  boolean strict;

  @Override
  public Integer call() throws java.io.IOException {
    Optional<ReplaceStrategy> strategy =
        replaceStrategy == null
            ? Optional.empty()
            : Optional.of(UsageValues.parse(spec, () -> ReplaceStrategy.parse(replaceStrategy)));
    if ((planFile == null) == (file == null)) {
      throw new ParameterException(
          spec.commandLine(), "give either a PLANFILE or -f FILE (one of them)");
    }
    if (planFile != null && strategy.isPresent()) {
      throw new ParameterException(
          spec.commandLine(),
          "a saved plan is applied with the replace strategy it records; give --replace-strategy"
              + " to `eksform plan --out PLANFILE` instead");
    }
    run.check(spec);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path workingDir = Path.of("").toAbsolutePath();
    try (AwsOptions awsOptions = aws) {
      FreshPlan planner = FreshPlan.prepare(workingDir, aws, policyFlags, expandEnv, strict);
      Replan replan =
          planFile != null
              ? savedPlan(workingDir, planner, err)
              : new Replan(newPlan(planner, strategy, out, err), prune, strategy, false);
      Plan plan = replan.plan();
      String config = plan.provenance().configFile();
      if (!plan.hasChanges()) {
        noChanges(plan, config, err);
        return 0;
      }
      // A plan made with --destroy asked for its deletions when it was made.
      Safety.checkDestroy(plan, allowDestroy || plan.destroy());
      AwsTarget target = awsOptions.target(plan.target().region(), workingDir, err);
      ApplySettings settings = run.settings();
      if (target.endpoint().isPresent()) {
        // A sandbox or emulator changes state in seconds: poll it often.
        settings = settings.withPolling(Duration.ofMillis(200), Duration.ofSeconds(2));
      }
      EventSink sink = run.events(out);
      ApplyResult result;
      String operation = "apply " + (planFile != null ? planFile : "-f " + config);
      try (AwsClients clients = new AwsClients(target);
          ApplyLocking lock =
              ApplyLocking.take(
                  run.lockTable(),
                  clients,
                  plan,
                  operation,
                  " -f " + ShellWords.quote(config) + aws.flags(),
                  err)) {
        PrintWriter quiet = new PrintWriter(java.io.Writer.nullWriter());
        lock.requireCurrent(
            plan,
            () -> planner.of(config, replan.prune(), replan.strategy(), replan.destroy(), quiet),
            (planFile != null
                    ? "eksform plan -f "
                        + ShellWords.quote(config)
                        + " --out "
                        + ShellWords.quote(planFile.toString())
                        + (replan.destroy() ? " --destroy" : "")
                    : "eksform apply -f " + ShellWords.quote(config))
                + planningFlags());
        result = new Applier(clients, settings, sink).apply(plan);
      }
      Summary.print(result, finishCommand(config), run.json(), out, err);
      return result.succeeded() ? 0 : 1;
    }
  }

  /** Nothing to apply: the account matches the config only if every part of it is acted on. */
  private static void noChanges(Plan plan, String config, PrintWriter err) {
    List<NotActedOn> notManaged = plan.notManaged();
    if (plan.destroy()) {
      err.println("eksform: nothing to destroy: EKS has no cluster " + plan.target().cluster());
    } else if (notManaged.isEmpty()) {
      err.println("eksform: no changes; the live account matches " + config);
    } else {
      err.println(
          "eksform: no changes to what eksform manages; these parts of "
              + config
              + " are not acted on (eksform does not manage them yet):");
      for (NotActedOn n : notManaged) {
        err.println("  " + n.where() + ": " + n.reason());
      }
    }
    err.flush();
  }

  /** The plan to apply, and how to plan its config again to check it under the lock. */
  private record Replan(
      Plan plan, boolean prune, Optional<ReplaceStrategy> strategy, boolean destroy) {}

  /**
   * The saved plan, applied only if a plan made now from its config and the live account does
   * exactly the same work for the same cluster and account: a plan edited by hand (a trust policy,
   * the target cluster, a delete) is refused, naming what differs.
   */
  private Replan savedPlan(Path workingDir, FreshPlan planner, PrintWriter err) {
    Plan saved =
        PlanFile.read(workingDir.resolve(planFile), PlanKey.fromEnvironment(System.getenv()), err);
    String config = saved.provenance().configFile();
    if (config.equals("-")) {
      throw new UserError(
          "the plan "
              + planFile
              + " was made from standard input, so eksform cannot check it is current",
          "save the config to a file and run: eksform plan -f FILE --out " + planFile,
          1);
    }
    if (saved.destroy()) {
      return savedDestroy(saved, config, planner, err);
    }
    List<String> undecided = StalePlan.undecidedReplacements(saved);
    if (!undecided.isEmpty()) {
      throw remakePlan(
          "was made by an older eksform and does not record how to replace "
              + String.join(", ", undecided),
          config);
    }
    // The plan file does not say whether it was made with --prune, nor which --replace-strategy
    // was given: both are read from its work, and a fresh plan made with them must match it.
    boolean deletes = saved.effectiveChanges().stream().anyMatch(c -> c.action() == Action.DELETE);
    Optional<ReplaceStrategy> strategy = StalePlan.replaceStrategy(saved);
    Plan fresh = planner.of(config, deletes, strategy, err);
    List<String> changed = StalePlan.differences(saved, fresh);
    if (!changed.isEmpty()) {
      throw remakePlan("is stale: since it was made, " + String.join("; ", changed), config);
    }
    List<String> work = PlanWork.differences(saved, fresh);
    if (!work.isEmpty() && deletes) {
      Plan unpruned = planner.of(config, false, strategy, err);
      if (PlanWork.differences(saved, unpruned).isEmpty()) {
        return new Replan(saved, false, strategy, false);
      }
    }
    if (!work.isEmpty()) {
      throw new UserError(
          "the plan "
              + planFile
              + " does not do what its config asks of the live account now (was it edited?): "
              + PlanWork.describe(work)
              + "; nothing was changed",
          "make a new plan: eksform plan -f "
              + ShellWords.quote(config)
              + " --out "
              + ShellWords.quote(planFile.toString())
              + planningFlags()
              + ", review it, and apply that file as it was written",
          1);
    }
    return new Replan(saved, deletes, strategy, false);
  }

  /**
   * A saved destroy plan, applied only if destroying now would delete exactly what it deletes: a
   * live object that changed or appeared since makes it stale.
   */
  private Replan savedDestroy(Plan saved, String config, FreshPlan planner, PrintWriter err) {
    Plan fresh = planner.of(config, false, Optional.empty(), true, err);
    List<String> changed = StalePlan.differences(saved, fresh);
    List<String> work = PlanWork.differences(saved, fresh);
    if (!changed.isEmpty() || !work.isEmpty()) {
      String why =
          changed.isEmpty()
              ? "does not destroy what destroying the cluster deletes now (was it edited?): "
                  + PlanWork.describe(work)
              : "is stale: since it was made, " + String.join("; ", changed);
      throw new UserError(
          "the plan " + planFile + " " + why + "; nothing was changed",
          "make a new plan: eksform plan --destroy -f "
              + ShellWords.quote(config)
              + " --out "
              + ShellWords.quote(planFile.toString())
              + planningFlags(),
          1);
    }
    return new Replan(saved, false, Optional.empty(), true);
  }

  /**
   * The saved plan cannot be applied as it is: it says why and how to make a new one, with the
   * flags this apply was given (the account, the policies, --expand-env), as the plan was made.
   */
  private UserError remakePlan(String why, String config) {
    return new UserError(
        "the plan " + planFile + " " + why + "; nothing was changed",
        "make a new plan: eksform plan -f "
            + ShellWords.quote(config)
            + " --out "
            + ShellWords.quote(planFile.toString())
            + planningFlags(),
        1);
  }

  /** The flags a plan of this apply's config is made with: account, --expand-env, policies. */
  private String planningFlags() {
    return aws.flags() + (expandEnv ? " --expand-env" : "") + policyFlags.flags();
  }

  private Plan newPlan(
      FreshPlan planner, Optional<ReplaceStrategy> strategy, PrintWriter out, PrintWriter err)
      throws java.io.IOException {
    Plan plan = planner.of(file, prune, strategy, err);
    if (!plan.hasChanges()) {
      return plan;
    }
    boolean colour = Terminal.colourWanted(System.getenv(), false) && !run.json();
    PrintWriter planOut = run.json() ? err : out;
    PlanFormat.TEXT.renderer().render(plan, PlanRenderOptions.plain().withColour(colour), planOut);
    planOut.flush();
    if (!autoApprove) {
      Confirmation.ask(plan, prompt, allowDestroy);
      allowDestroy =
          allowDestroy || plan.effectiveChanges().stream().anyMatch(c -> c.isDestructive());
    }
    return plan;
  }

  private String finishCommand(String config) {
    return "eksform apply -f "
        + ShellWords.quote(config)
        + planningFlags()
        + (allowDestroy ? " --allow-destroy" : "");
  }
}

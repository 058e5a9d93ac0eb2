package io.eksform.cli.apply;

import io.eksform.cli.common.AwsOptions;
import io.eksform.cli.common.ExitCodeLines;
import io.eksform.cli.common.PolicyFlags;
import io.eksform.cli.common.ShellWords;
import io.eksform.cli.common.Terminal;
import io.eksform.cli.common.UserError;
import io.eksform.engine.apply.ApplyResult;
import io.eksform.engine.apply.ApplySettings;
import io.eksform.engine.apply.EventSink;
import io.eksform.engine.apply.TextEvents;
import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.engine.kinds.Applier;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.problem.UserFacingException;
import io.eksform.engine.report.plan.PlanFormat;
import io.eksform.engine.report.plan.PlanRenderOptions;
import java.io.IOException;
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
import picocli.CommandLine.Spec;

/**
 * {@code eksform destroy -f FILE}: plan the destruction of the config's cluster and of what eksform
 * or eksctl made for it, show it, and once confirmed apply it under the cluster's lock; then read
 * the account again and say what is left, and why.
 */
@Command(
    name = "destroy",
    mixinStandardHelpOptions = true,
    description = {
      "Destroy the config's cluster and what eksform or eksctl made for it, once confirmed.",
      "Node groups, Fargate profiles and add-ons go first, then the roles and the OIDC provider"
          + " eksform or eksctl made, then the cluster, its role and its network; anything else"
          + " is left and named. A cluster neither eksform nor eksctl made is refused."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:destroyed (or nothing to destroy)",
      "1:error, a refused cluster or confirmation, a stale plan, or a deletion that failed",
      "2:usage error",
      ExitCodeLines.INTERNAL
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eksform destroy -f cluster.yaml",
      "  eksform destroy -f cluster.yaml --auto-approve --lock-table eksform-locks"
    })
public final class DestroyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Where destroy asks for its confirmation; tests answer it with lines of their own. */
  Prompt prompt = ConsolePrompt.system();

  @Mixin AwsOptions aws;

  @Mixin RunFlags run;

  @Mixin PolicyFlags policyFlags;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      required = true,
      description = "The ClusterConfig of the cluster to destroy.")
  String file;

  @Option(names = "--auto-approve", description = "Destroy without asking.")
  boolean autoApprove;

  @Option(
      names = "--expand-env",
      description = "Expand $${VAR} in the config (as the plan was made).")
  boolean expandEnv;

  @Override
  public Integer call() throws IOException {
    run.check(spec);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path workingDir = Path.of("").toAbsolutePath();
    try (AwsOptions awsOptions = aws) {
      FreshPlan planner = FreshPlan.prepare(workingDir, aws, policyFlags, expandEnv, false);
      Plan plan = planner.of(file, false, Optional.empty(), true, err);
      if (!plan.hasChanges()) {
        err.println(
            "eksform: nothing to destroy: EKS has no cluster "
                + plan.target().cluster()
                + " in "
                + plan.target().region());
        err.flush();
        return 0;
      }
      boolean colour = Terminal.colourWanted(System.getenv(), false) && !run.json();
      PrintWriter planOut = run.json() ? err : out;
      PlanFormat.TEXT
          .renderer()
          .render(plan, PlanRenderOptions.plain().withColour(colour), planOut);
      planOut.flush();
      if (!autoApprove) {
        confirm(plan);
      }
      AwsTarget target = awsOptions.target(plan.target().region(), workingDir, err);
      ApplySettings settings = run.settings();
      if (target.endpoint().isPresent()) {
        // A sandbox or emulator changes state in seconds: poll it often.
        settings = settings.withPolling(Duration.ofMillis(200), Duration.ofSeconds(2));
      }
      EventSink sink = run.events(out);
      String again = "eksform destroy -f " + ShellWords.quote(file) + flags();
      ApplyResult result;
      try (AwsClients clients = new AwsClients(target);
          ApplyLocking lock =
              ApplyLocking.take(
                  run.lockTable(),
                  clients,
                  plan,
                  "destroy -f " + file,
                  " -f " + ShellWords.quote(file) + aws.flags(),
                  err)) {
        PrintWriter quiet = new PrintWriter(java.io.Writer.nullWriter());
        lock.requireCurrent(
            plan, () -> planner.of(file, false, Optional.empty(), true, quiet), again);
        result = new Applier(clients, settings, sink).apply(plan);
      }
      Summary.print(result, again, run.json(), out, err);
      if (result.succeeded() && !run.json()) {
        left(plan, planner, out);
      }
      return result.succeeded() ? 0 : 1;
    }
  }

  /** Asks on the terminal, naming the cluster, its region and the count; refuses without one. */
  private void confirm(Plan plan) {
    if (!prompt.interactive()) {
      throw new UserError(
          "destroy needs a confirmation and there is no terminal to ask on; nothing was changed",
          "review the plan and add --auto-approve, or save it with `eksform plan --destroy -f "
              + file
              + " --out PLANFILE` and run `eksform apply PLANFILE`",
          1);
    }
    long count = plan.effectiveChanges().size();
    String question =
        "Destroy cluster "
            + plan.target().cluster()
            + " in "
            + plan.target().region()
            + ": "
            + count
            + (count == 1 ? " object" : " objects")
            + "? Only 'yes' is accepted: ";
    String answer = prompt.ask(question).orElse("");
    if (!answer.strip().equals("yes")) {
      throw new UserError("destroy cancelled; nothing was changed", "answer 'yes' to destroy", 1);
    }
  }

  /**
   * Reads the account again and lists what the destroy left and why; while EKS still answers for
   * the cluster's name the fresh plan says it, else what the plan named as left stands.
   */
  private void left(Plan applied, FreshPlan planner, PrintWriter out) {
    PrintWriter quiet = new PrintWriter(java.io.Writer.nullWriter());
    List<String> left = applied.unmanaged();
    List<Change> remaining = List.of();
    try {
      Plan now = planner.of(file, false, Optional.empty(), true, quiet);
      left = now.unmanaged();
      remaining = now.effectiveChanges();
    } catch (UserFacingException e) {
      // EKS no longer has the cluster: nothing of it is left to read.
    }
    if (!remaining.isEmpty()) {
      out.println("Still there (run the destroy again to delete them):");
      remaining.forEach(c -> out.println(TextEvents.visible("  " + c.address())));
    }
    if (!left.isEmpty()) {
      out.println("Left in the account, and why:");
      left.forEach(n -> out.println(TextEvents.visible("  " + n)));
    }
    out.flush();
  }

  /** The flags a destroy of this config is run again with: account, --expand-env, policies. */
  private String flags() {
    return aws.flags() + (expandEnv ? " --expand-env" : "") + policyFlags.flags();
  }
}

package io.eksform.cli.apply;

import io.eksform.cli.common.AwsOptions;
import io.eksform.cli.common.PolicyFlags;
import io.eksform.cli.common.UserError;
import io.eksform.cli.common.VersionProvider;
import io.eksform.cli.plan.PolicyDigest;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanProblem;
import io.eksform.engine.plan.ReplaceStrategy;
import io.eksform.engine.policy.EmbeddedBackend;
import io.eksform.engine.policy.Policies;
import io.eksform.engine.policy.PolicyBackend;
import io.eksform.engine.policy.PolicyOptions;
import io.eksform.engine.policy.PolicySources;
import io.eksform.engine.run.PlanOutcome;
import io.eksform.engine.run.PlanRequest;
import io.eksform.engine.run.PlanRun;
import io.eksform.engine.run.RegionSetting;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans a config now, as {@code eksform plan} would, for apply to run or to compare with. The
 * policies compile once per run: the plan before the lock and the re-plan under it share them.
 */
final class FreshPlan {
  private final Path workingDir;
  private final AwsOptions aws;
  private final boolean expandEnv;
  private final boolean strict;
  private final PolicySources sources;
  private final PolicyBackend backend;
  private final Policies policies;

  private FreshPlan(
      Path workingDir,
      AwsOptions aws,
      boolean expandEnv,
      boolean strict,
      PolicySources sources,
      PolicyBackend backend) {
    this.workingDir = workingDir;
    this.aws = aws;
    this.expandEnv = expandEnv;
    this.strict = strict;
    this.sources = sources;
    this.backend = backend;
    this.policies = Policies.with(backend, sources);
  }

  /**
   * Loads and compiles the policies {@code policyFlags} name, for the plans of this run; with
   * {@code strict}, a field eksform does not manage yet is an error of each plan.
   */
  static FreshPlan prepare(
      Path workingDir, AwsOptions aws, PolicyFlags policyFlags, boolean expandEnv, boolean strict) {
    PolicyOptions policyOptions = policyFlags.options(workingDir, Map.of());
    PolicySources sources = PolicySources.load(policyOptions);
    return new FreshPlan(
        workingDir, aws, expandEnv, strict, sources, new EmbeddedBackend(sources, policyOptions));
  }

  /** An empty {@code replaceStrategy} leaves each replacement to its object's default. */
  Plan of(String file, boolean prune, Optional<ReplaceStrategy> replaceStrategy, PrintWriter err) {
    return of(file, prune, replaceStrategy, false, err);
  }

  /** As above; with {@code destroy}, the plan that destroys the cluster. */
  Plan of(
      String file,
      boolean prune,
      Optional<ReplaceStrategy> replaceStrategy,
      boolean destroy,
      PrintWriter err) {
    PlanRequest request =
        new PlanRequest(
            file,
            workingDir,
            LoadOptions.defaults().withExpandEnv(expandEnv, System.getenv()),
            List.of(policies.check()),
            prune,
            region -> aws.target(region, workingDir, err),
            RegionSetting.fromEnvironment(System.getenv()),
            20,
            VersionProvider.version(),
            PolicyDigest.of(sources),
            Optional.of(backend),
            replaceStrategy,
            strict,
            destroy);
    PlanOutcome outcome = new PlanRun(System.in).run(request);
    if (outcome.plan().isEmpty()) {
      throw new UserError(
          file + " has errors, so it cannot be planned or applied",
          "run `eksform validate " + file + "` to see them",
          1);
    }
    Plan plan = outcome.plan().get();
    if (plan.hasErrors()) {
      StringBuilder text = new StringBuilder();
      for (PlanProblem p : plan.problems()) {
        text.append("\n  ").append(p.message());
      }
      throw new UserError(
          "the plan of " + file + " has errors:" + text, "run `eksform plan -f " + file + "`", 1);
    }
    return plan;
  }
}

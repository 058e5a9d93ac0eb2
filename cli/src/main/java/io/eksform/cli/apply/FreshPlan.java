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
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plans a config now, as {@code eksform plan} would, for apply to run or to compare with. */
final class FreshPlan {
  private FreshPlan() {}

  /** An empty {@code replaceStrategy} leaves each replacement to its object's default. */
  static Plan of(
      String file,
      Path workingDir,
      AwsOptions aws,
      PolicyFlags policyFlags,
      boolean prune,
      boolean expandEnv,
      Optional<ReplaceStrategy> replaceStrategy,
      PrintWriter err) {
    PolicyOptions policyOptions = policyFlags.options(workingDir, Map.of());
    PolicySources sources = PolicySources.load(policyOptions);
    PolicyBackend backend = new EmbeddedBackend(sources, policyOptions);
    Policies policies = Policies.with(backend, sources);
    PlanRequest request =
        new PlanRequest(
            file,
            workingDir,
            LoadOptions.defaults().withExpandEnv(expandEnv, System.getenv()),
            List.of(policies.check()),
            prune,
            region -> aws.target(region, workingDir, err),
            Optional.ofNullable(System.getenv("AWS_REGION")),
            20,
            VersionProvider.version(),
            PolicyDigest.of(sources),
            Optional.of(backend),
            replaceStrategy);
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

package io.eksform.cli.check;

import io.eksform.cli.common.AwsOptions;
import io.eksform.cli.common.VersionProvider;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.git.ChangeKind;
import io.eksform.engine.git.ChangedFile;
import io.eksform.engine.policy.Policies;
import io.eksform.engine.problem.UserFacingException;
import io.eksform.engine.run.PlanOutcome;
import io.eksform.engine.run.PlanRequest;
import io.eksform.engine.run.PlanRun;
import io.eksform.engine.run.RegionSetting;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Plans of changed files against the live AWS account ({@code --live}), through {@link PlanRun}.
 */
final class LivePlans implements Planning {
  private final AwsOptions aws;
  private final Path headRoot;
  private final PrintWriter err;
  private final Policies policies;
  private final boolean strict;

  LivePlans(AwsOptions aws, Path headRoot, PrintWriter err, Policies policies, boolean strict) {
    this.aws = aws;
    this.headRoot = headRoot;
    this.err = err;
    this.policies = policies;
    this.strict = strict;
  }

  @Override
  public FilePlan plan(ChangedFile file, boolean valid) {
    if (file.kind() == ChangeKind.DELETED) {
      return new FilePlan(file, Optional.empty(), "deleted: not planned");
    }
    if (!valid) {
      return new FilePlan(file, Optional.empty(), "not planned: the head version has errors");
    }
    PlanRequest request =
        new PlanRequest(
            file.path(),
            headRoot,
            LoadOptions.defaults(),
            List.of(policies.check()),
            false,
            region -> aws.target(region, headRoot, err),
            RegionSetting.fromEnvironment(System.getenv()),
            20,
            VersionProvider.version(),
            "",
            Optional.empty(),
            Optional.empty(),
            strict);
    try {
      PlanOutcome outcome = new PlanRun(InputStream.nullInputStream()).run(request);
      if (outcome.plan().isEmpty()) {
        return new FilePlan(file, Optional.empty(), "not planned: the config has errors");
      }
      return new FilePlan(
          file,
          outcome.plan(),
          "live plan against account " + outcome.plan().get().target().accountId(),
          outcome
              .document()
              .map(d -> PlanFindings.of(outcome.plan().get(), file.path(), d.sourceMap()))
              .orElse(List.of()));
    } catch (UserFacingException e) {
      return new FilePlan(
          file,
          Optional.empty(),
          "live plan failed: "
              + e.getMessage()
              + (e.hint() == null ? "" : " (hint: " + e.hint() + ")"));
    }
  }
}

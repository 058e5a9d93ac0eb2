package io.eksform.engine.run;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsTarget;
import io.eksform.engine.config.ConfigDocument;
import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.InputFile;
import io.eksform.engine.config.IoProblems;
import io.eksform.engine.config.LoadedFile;
import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.DesiredState;
import io.eksform.engine.kinds.Planner;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.live.Fingerprints;
import io.eksform.engine.live.LiveReader;
import io.eksform.engine.live.LiveState;
import io.eksform.engine.plan.ConfigFingerprint;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanOptions;
import io.eksform.engine.plan.Provenance;
import io.eksform.engine.problem.ShownPath;
import io.eksform.engine.problem.UserFacingException;
import io.eksform.engine.validate.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * {@code eksform plan} as a use case: read the config once, check it (a config with errors is not
 * planned), read the live state of its cluster, and plan. The only I/O is reading the file and the
 * live reads; the plan itself comes from the pure {@link Planner}.
 */
public final class PlanRun {
  private final InputStream stdin;

  public PlanRun(InputStream stdin) {
    this.stdin = stdin;
  }

  public PlanOutcome run(PlanRequest request) {
    byte[] bytes = read(request);
    Validator validator =
        new Validator(
            request.load(),
            new ByteArrayInputStream(bytes),
            request.workingDir(),
            request.checks());
    LintReport lint = validator.validate(List.of(request.configFile()));
    if (lint.failsAt(Severity.ERROR) || lint.checkedFiles() == 0) {
      return new PlanOutcome(lint, Optional.empty(), Optional.empty());
    }
    ConfigDocument doc = document(request, bytes);
    ClusterSpec desired = DesiredState.from(doc);
    String region = ConfigRegion.resolve(doc, request.otherRegions());
    AwsTarget target = request.targetForRegion().apply(region);
    LiveState live;
    try (AwsClients aws = new AwsClients(target)) {
      live = new LiveReader(aws, request.parallelism()).read(desired, request.destroy());
    }
    Provenance provenance =
        new Provenance(
            request.toolVersion(),
            request.configFile(),
            Fingerprints.sha256(new String(bytes, StandardCharsets.UTF_8)),
            request.policyDigest(),
            isStdin(request)
                ? Optional.empty()
                : GitCommit.of(request.workingDir().resolve(request.configFile())),
            Optional.of(ConfigFingerprint.of(doc.tree())));
    Plan plan =
        Planner.plan(
            desired,
            live,
            new PlanOptions(request.prune(), provenance, request.replaceStrategy())
                .withStrict(request.strict())
                .withDestroy(request.destroy()));
    if (request.planPolicies().isPresent()) {
      plan = PlanPolicies.judge(plan, doc, request.planPolicies().get());
    }
    return new PlanOutcome(lint, Optional.of(plan), Optional.of(doc));
  }

  private byte[] read(PlanRequest request) {
    try {
      return isStdin(request)
          ? stdin.readAllBytes()
          : Files.readAllBytes(request.workingDir().resolve(request.configFile()));
    } catch (IOException e) {
      throw new UserFacingException(
          "cannot read "
              + ShownPath.of(request.workingDir().resolve(request.configFile()))
              + ": "
              + IoProblems.describe(e),
          "check the path given with -f");
    }
  }

  private static ConfigDocument document(PlanRequest request, byte[] bytes) {
    ConfigLoader loader = new ConfigLoader(request.load(), new ByteArrayInputStream(bytes));
    LoadedFile loaded =
        loader.load(
            isStdin(request)
                ? InputFile.stdin()
                : InputFile.of(
                    request.configFile(), request.workingDir().resolve(request.configFile())));
    List<ConfigDocument> configs = loaded.configs();
    if (configs.size() != 1) {
      throw new UserFacingException(
          request.configFile()
              + " holds "
              + configs.size()
              + " ClusterConfig documents; a plan is for one cluster",
          "split the file: one ClusterConfig per file");
    }
    return configs.get(0);
  }

  private static boolean isStdin(PlanRequest request) {
    return InputFile.STDIN.equals(request.configFile());
  }
}

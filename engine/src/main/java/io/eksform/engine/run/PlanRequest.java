package io.eksform.engine.run;

import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.plan.ReplaceStrategy;
import io.eksform.engine.validate.DocumentCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What {@code eksform plan} was asked: the config file, how to load it and which checks it must
 * pass first, whether to prune, where AWS is for a given region, the region from the environment
 * (which wins over {@code metadata.region}, as in the AWS tools), the read parallelism, what the
 * plan records about itself, the policies that judge the plan ({@code input.plan}), the replace
 * strategy asked for, and whether a field eksform does not manage yet is an error ({@code
 * --strict}).
 */
public record PlanRequest(
    String configFile,
    Path workingDir,
    LoadOptions load,
    List<DocumentCheck> checks,
    boolean prune,
    Function<String, io.eksform.engine.aws.AwsTarget> targetForRegion,
    Optional<String> environmentRegion,
    int parallelism,
    String toolVersion,
    String policyDigest,
    Optional<io.eksform.engine.policy.PolicyBackend> planPolicies,
    Optional<ReplaceStrategy> replaceStrategy,
    boolean strict) {
  public PlanRequest {
    checks = List.copyOf(checks);
  }
}

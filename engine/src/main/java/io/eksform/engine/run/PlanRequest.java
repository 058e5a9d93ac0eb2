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
 * pass first, whether to prune, where AWS is for a given region, the regions named outside the
 * config (the environment's, which may only agree with {@code metadata.region}), the read
 * parallelism, what the plan records about itself, the policies that judge the plan ({@code
 * input.plan}), the replace strategy asked for, whether a field eksform does not manage yet is an
 * error ({@code --strict}), and whether the plan destroys the cluster ({@code --destroy}).
 */
public record PlanRequest(
    String configFile,
    Path workingDir,
    LoadOptions load,
    List<DocumentCheck> checks,
    boolean prune,
    Function<String, io.eksform.engine.aws.AwsTarget> targetForRegion,
    List<RegionSetting> otherRegions,
    int parallelism,
    String toolVersion,
    String policyDigest,
    Optional<io.eksform.engine.policy.PolicyBackend> planPolicies,
    Optional<ReplaceStrategy> replaceStrategy,
    boolean strict,
    boolean destroy) {
  /** A request for a plan that does not destroy the cluster. */
  public PlanRequest(
      String configFile,
      Path workingDir,
      LoadOptions load,
      List<DocumentCheck> checks,
      boolean prune,
      Function<String, io.eksform.engine.aws.AwsTarget> targetForRegion,
      List<RegionSetting> otherRegions,
      int parallelism,
      String toolVersion,
      String policyDigest,
      Optional<io.eksform.engine.policy.PolicyBackend> planPolicies,
      Optional<ReplaceStrategy> replaceStrategy,
      boolean strict) {
    this(
        configFile,
        workingDir,
        load,
        checks,
        prune,
        targetForRegion,
        otherRegions,
        parallelism,
        toolVersion,
        policyDigest,
        planPolicies,
        replaceStrategy,
        strict,
        false);
  }

  /** This request, destroying the cluster or not. */
  public PlanRequest withDestroy(boolean destroy) {
    return new PlanRequest(
        configFile,
        workingDir,
        load,
        checks,
        prune,
        targetForRegion,
        otherRegions,
        parallelism,
        toolVersion,
        policyDigest,
        planPolicies,
        replaceStrategy,
        strict,
        destroy);
  }

  public PlanRequest {
    checks = List.copyOf(checks);
    otherRegions = List.copyOf(otherRegions);
  }
}

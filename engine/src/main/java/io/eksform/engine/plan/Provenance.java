package io.eksform.engine.plan;

import java.util.Optional;

/**
 * What a plan was computed from, so that apply can refuse it when it is stale: the tool version,
 * the config file and the digests of its content and of the policies, and the git commit when the
 * config lives in a repository.
 */
public record Provenance(
    String toolVersion,
    String configFile,
    String configDigest,
    String policyDigest,
    Optional<String> gitCommit) {}

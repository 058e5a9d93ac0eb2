package io.eksform.engine.plan;

import java.util.Optional;

/**
 * What a plan was computed from, so that apply can refuse it when it is stale: the tool version,
 * the config file and the digest of its text, the digests of the policies, the git commit when the
 * config lives in a repository, and the fingerprint of the config as parsed (absent in plans of
 * format 1.1 and before, whose staleness only the text digest can tell).
 */
public record Provenance(
    String toolVersion,
    String configFile,
    String configDigest,
    String policyDigest,
    Optional<String> gitCommit,
    Optional<ConfigFingerprint> config) {

  /** A provenance without a parsed config's fingerprint. */
  public Provenance(
      String toolVersion,
      String configFile,
      String configDigest,
      String policyDigest,
      Optional<String> gitCommit) {
    this(toolVersion, configFile, configDigest, policyDigest, gitCommit, Optional.empty());
  }
}
